package nl.meldpunt.casework;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a new case from any channel: checks its codes against reference data, gives it a reference number,
 * stores it with reporter, subjects, attachments and a first history entry, and queues its follow-up (clocks,
 * triage: see {@link CaseFollowUps}). All in one transaction: when the caller's transaction commits, the intake is
 * durably stored and its follow-up cannot be lost.
 */
@Component
public class CaseRegistration {

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final CaseHistory history;
    private final CaseFollowUps followUps;
    private final Clock clock;

    CaseRegistration(JdbcClient jdbc, ReferenceData reference, CaseHistory history, CaseFollowUps followUps,
            Clock clock) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.history = history;
        this.followUps = followUps;
        this.clock = clock;
    }

    @Transactional
    public RegisteredCase register(NewCase intake) {
        checkCodes(intake);
        Instant now = clock.instant();
        Instant receivedAt = intake.receivedAt() == null ? now : intake.receivedAt();
        int year = now.atZone(Amsterdam.ZONE).getYear();
        String actor = CurrentUser.name();
        NewReporter reporter = intake.reporterOrAnonymous();
        List<NewSubject> subjects = intake.subjects();

        // One statement (one round trip) for the number, the case, its reporter and its subjects: on a busy
        // machine every round trip is two context switches, and intake throughput is bounded by them.
        var inserted = jdbc.sql("""
                WITH seq AS (SELECT next_case_sequence(CAST(:year AS int)) AS n),
                case_row AS (
                  INSERT INTO case_file (case_number, status, channel, kind, reporter_type, sector, urgency, themes,
                      description, occurred_on, received_at, registered_at, registered_by, external_id, search_vector)
                  SELECT 'MP-' || CAST(:year AS text) || '-' || lpad(seq.n::text, greatest(6, length(seq.n::text)), '0'),
                      'RECEIVED', CAST(:channel AS text), CAST(:kind AS text), CAST(:reporterType AS text),
                      CAST(:sector AS text), CAST(:urgency AS text), CAST(:themes AS text[]),
                      CAST(:description AS text), CAST(:occurredOn AS date), CAST(:receivedAt AS timestamptz),
                      CAST(:now AS timestamptz), CAST(:actor AS text), CAST(:externalId AS text),
                      setweight(to_tsvector('dutch', unaccent(CAST(:subjectText AS text))), 'A')
                        || setweight(to_tsvector('dutch', unaccent(CAST(:description AS text))), 'B')
                  FROM seq
                  RETURNING id, case_number),
                reporter_row AS (
                  INSERT INTO case_reporter (case_id, anonymous, relation, name, email, phone, postal_address,
                      contact_preference)
                  SELECT id, CAST(:anonymous AS boolean), CAST(:relation AS text), CAST(:name AS text),
                      CAST(:email AS text), CAST(:phone AS text), CAST(:address AS text), CAST(:preference AS text)
                  FROM case_row),
                subject_rows AS (
                  INSERT INTO case_subject (case_id, type, name, place, kvk_number, establishment_number, big_number,
                      udi_di, lot_number)
                  SELECT case_row.id, s.* FROM case_row,
                      unnest(CAST(:sTypes AS text[]), CAST(:sNames AS text[]), CAST(:sPlaces AS text[]),
                             CAST(:sKvk AS text[]), CAST(:sEstablishments AS text[]), CAST(:sBig AS text[]),
                             CAST(:sUdi AS text[]), CAST(:sLots AS text[]))
                        AS s(type, name, place, kvk, establishment, big, udi, lot)),
                follow_up AS (
                  INSERT INTO case_follow_up (case_id) SELECT id FROM case_row)
                SELECT id, case_number FROM case_row
                """)
                .param("year", year)
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
                .param("subjectText", NewSubject.searchText(intake.subjects()))
                .param("anonymous", reporter.anonymous())
                .param("relation", reporter.relation() == null ? null : reporter.relation().name())
                .param("name", reporter.name())
                .param("email", reporter.email())
                .param("phone", reporter.phone())
                .param("address", reporter.postalAddress())
                .param("preference", reporter.contactPreference().name())
                .param("sTypes", column(subjects, s -> s.type().name()))
                .param("sNames", column(subjects, NewSubject::name))
                .param("sPlaces", column(subjects, NewSubject::place))
                .param("sKvk", column(subjects, NewSubject::kvkNumber))
                .param("sEstablishments", column(subjects, NewSubject::establishmentNumber))
                .param("sBig", column(subjects, NewSubject::bigNumber))
                .param("sUdi", column(subjects, NewSubject::udiDi))
                .param("sLots", column(subjects, NewSubject::lotNumber))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        long id = (Long) inserted[0];
        CaseNumber number = new CaseNumber((String) inserted[1]);

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
        followUps.wakeAfterCommit();
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

    private static String[] column(List<NewSubject> subjects, Function<NewSubject, String> field) {
        return subjects.stream().map(field).toArray(String[]::new);
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
