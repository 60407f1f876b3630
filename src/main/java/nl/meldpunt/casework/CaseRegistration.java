package nl.meldpunt.casework;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a new case from any channel: checks its codes against reference data, gives it a reference number,
 * stores it with reporter, subjects, attachments and a first history entry, and announces it. All in one
 * transaction: when the caller's transaction commits, the intake is durably stored.
 */
@Component
public class CaseRegistration {

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final CaseHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseRegistration(JdbcClient jdbc, ReferenceData reference, CaseHistory history, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public RegisteredCase register(NewCase intake) {
        checkCodes(intake);
        Instant now = clock.instant();
        Instant receivedAt = intake.receivedAt() == null ? now : intake.receivedAt();
        int year = now.atZone(Amsterdam.ZONE).getYear();
        long sequence = jdbc.sql("SELECT next_case_sequence(:year)").param("year", year).query(Long.class).single();
        CaseNumber number = CaseNumber.of(year, sequence);
        String actor = CurrentUser.name();
        NewReporter reporter = intake.reporterOrAnonymous();

        long id = jdbc.sql("""
                INSERT INTO case_file (case_number, status, channel, kind, reporter_type, sector, urgency, themes,
                    description, occurred_on, received_at, registered_at, registered_by, external_id, search_vector)
                VALUES (:number, 'RECEIVED', :channel, :kind, :reporterType, :sector, :urgency, :themes,
                    :description, :occurredOn, :receivedAt, :now, :actor, :externalId,
                    setweight(to_tsvector('dutch', unaccent(:subjects)), 'A')
                      || setweight(to_tsvector('dutch', unaccent(:description)), 'B'))
                RETURNING id
                """)
                .param("number", number.value())
                .param("channel", intake.channel().name())
                .param("kind", intake.kind())
                .param("reporterType", intake.reporterType())
                .param("sector", intake.sector())
                .param("urgency", intake.urgency())
                .param("themes", intake.themes().toArray(String[]::new))
                .param("description", intake.description())
                .param("occurredOn", intake.occurredOn())
                .param("receivedAt", Timestamp.from(receivedAt))
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .param("externalId", intake.externalId())
                .param("subjects", subjectText(intake))
                .query(Long.class)
                .single();

        insertReporter(id, reporter);
        intake.subjects().forEach(subject -> insertSubject(id, subject));
        intake.attachments().forEach(attachment -> insertAttachment(id, attachment, actor, now));

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", intake.channel().name());
        putIfPresent(details, "kind", intake.kind());
        putIfPresent(details, "sector", intake.sector());
        putIfPresent(details, "urgency", intake.urgency());
        if (!intake.themes().isEmpty()) {
            details.put("themes", intake.themes());
        }
        details.put("attachments", intake.attachments().size());
        history.record(id, actor, HistoryAction.REGISTERED, details, null);

        boolean wantsContact = reporter.contactPreference().wantsContact();
        events.publishEvent(new CaseRegistered(id, number.value(), intake.channel(), intake.kind(),
                intake.reporterType(), intake.urgency(), receivedAt, wantsContact));
        return new RegisteredCase(id, number, receivedAt, now, wantsContact);
    }

    private void checkCodes(NewCase intake) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkCode(errors, "kind", ReferenceList.KIND, intake.kind());
        checkCode(errors, "reporterType", ReferenceList.REPORTER_TYPE, intake.reporterType());
        checkCode(errors, "sector", ReferenceList.SECTOR, intake.sector());
        checkCode(errors, "urgency", ReferenceList.URGENCY, intake.urgency());
        var unknownThemes = reference.inactiveAmong(ReferenceList.THEME, intake.themes());
        if (!unknownThemes.isEmpty()) {
            errors.put("themes", "Unknown or retired theme code(s): " + unknownThemes);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private void checkCode(Map<String, String> errors, String field, ReferenceList list, String code) {
        if (code != null && !reference.isActive(list, code)) {
            errors.put(field, "Unknown or retired code; see the reference data for " + list + ".");
        }
    }

    private void insertReporter(long caseId, NewReporter r) {
        jdbc.sql("""
                INSERT INTO case_reporter (case_id, anonymous, relation, name, email, phone, postal_address,
                    contact_preference)
                VALUES (:case, :anonymous, :relation, :name, :email, :phone, :address, :preference)
                """)
                .param("case", caseId)
                .param("anonymous", r.anonymous())
                .param("relation", r.relation() == null ? null : r.relation().name())
                .param("name", r.name())
                .param("email", r.email())
                .param("phone", r.phone())
                .param("address", r.postalAddress())
                .param("preference", r.contactPreference().name())
                .update();
    }

    private void insertSubject(long caseId, NewSubject s) {
        jdbc.sql("""
                INSERT INTO case_subject (case_id, type, name, place, kvk_number, establishment_number, big_number,
                    udi_di, lot_number)
                VALUES (:case, :type, :name, :place, :kvk, :establishment, :big, :udi, :lot)
                """)
                .param("case", caseId)
                .param("type", s.type().name())
                .param("name", s.name())
                .param("place", s.place())
                .param("kvk", s.kvkNumber())
                .param("establishment", s.establishmentNumber())
                .param("big", s.bigNumber())
                .param("udi", s.udiDi())
                .param("lot", s.lotNumber())
                .update();
    }

    void insertAttachment(long caseId, NewAttachment a, String actor, Instant now) {
        jdbc.sql("""
                INSERT INTO case_attachment (case_id, filename, content_type, size_bytes, sha256, content, added_at,
                    added_by)
                VALUES (:case, :filename, :type, :size, :sha, :content, :now, :actor)
                """)
                .param("case", caseId)
                .param("filename", AttachmentPolicy.safeFilename(a.filename(), a.contentType()))
                .param("type", a.contentType())
                .param("size", a.content().length)
                .param("sha", sha256(a.content()))
                .param("content", a.content())
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .update();
    }

    private static String subjectText(NewCase intake) {
        return intake.subjects().stream()
                .flatMap(s -> Stream.of(s.name(), s.place(), s.lotNumber()))
                .filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining(" "));
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
