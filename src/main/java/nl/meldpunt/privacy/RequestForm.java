package nl.meldpunt.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.meldpunt.platform.PersonQuery;
import nl.meldpunt.privacy.PrivacyRequest.RecordRef;

/** A data-subject request as the privacy officer enters it, with the decision and, for a rectification, new values. */
public record RequestForm(RequestType type, String requester, LocalDate receivedOn, PersonQuery person,
        List<RecordRef> records, Decision decision, String legalGround, Map<String, String> corrections) {

    public RequestForm {
        records = records == null ? List.of() : List.copyOf(records);
        corrections = corrections == null ? Map.of() : Map.copyOf(corrections);
        person = person == null ? new PersonQuery(null, null, null, null) : person;
    }
}
