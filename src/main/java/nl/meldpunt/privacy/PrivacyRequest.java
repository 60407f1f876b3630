package nl.meldpunt.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.platform.PersonQuery;

/** A data-subject request as recorded: who asked what, about which records, and what was decided on which ground. */
public record PrivacyRequest(long id, RequestType type, String requester, LocalDate receivedOn, PersonQuery person,
        List<RecordRef> records, String decidedBy, Decision decision, String legalGround, Instant doneAt,
        Instant createdAt, String createdBy) {

    /** A record a request is about: the holder's source name, its record id and the case. */
    public record RecordRef(String source, String recordId, String caseNumber) {

        public static RecordRef parse(String value) {
            String[] parts = value.split("\\|", 3);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank()) {
                throw nl.meldpunt.platform.InvalidInput.of("records", "Unknown record.");
            }
            return new RecordRef(parts[0], parts[1], parts[2]);
        }

        public String key() {
            return source + "|" + recordId + "|" + caseNumber;
        }
    }
}
