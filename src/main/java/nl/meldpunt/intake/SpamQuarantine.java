package nl.meldpunt.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.casework.NewAttachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submissions that filled the honeypot. They create no case, but are never thrown away: the whole submission and
 * its files are kept here for staff to review (a real person whose browser filled the hidden field must not be lost).
 */
@Component
class SpamQuarantine {

    static final String HONEYPOT = "HONEYPOT";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;

    SpamQuarantine(JdbcClient jdbc, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    long keep(PublicFormInput input, List<NewAttachment> files, String clientAddress, Long fillSeconds) {
        long id = jdbc.sql("""
                INSERT INTO spam_quarantine (received_at, reason, address_hash, fill_seconds, submission)
                VALUES (:now, :reason, :address, :fill, CAST(:submission AS jsonb))
                RETURNING id
                """)
                .param("now", Timestamp.from(clock.instant()))
                .param("reason", HONEYPOT)
                .param("address", SpamRateLimit.hash(clientAddress))
                .param("fill", fillSeconds)
                .param("submission", toJson(input))
                .query(Long.class)
                .single();
        for (NewAttachment file : files) {
            jdbc.sql("""
                    INSERT INTO spam_quarantine_attachment (quarantine_id, filename, content_type, content)
                    VALUES (:id, :filename, :type, :content)
                    """)
                    .param("id", id)
                    .param("filename", file.filename())
                    .param("type", file.contentType())
                    .param("content", file.content())
                    .update();
        }
        return id;
    }

    /** An entry waiting for review, as the staff list shows it. */
    record Entry(long id, java.time.Instant receivedAt, String reason, Long fillSeconds, String kind,
            String description, long files) {}

    /** A quarantined submission with its files, to register it after all. */
    record Held(long id, java.time.Instant receivedAt, PublicFormInput input, List<NewAttachment> files) {}

    List<Entry> waiting(int limit) {
        return jdbc.sql("""
                SELECT q.id, q.received_at, q.reason, q.fill_seconds, q.submission->>'kind' AS kind,
                    left(q.submission->>'description', 500) AS description,
                    (SELECT count(*) FROM spam_quarantine_attachment a WHERE a.quarantine_id = q.id) AS files
                FROM spam_quarantine q WHERE q.reviewed_at IS NULL ORDER BY q.received_at DESC, q.id DESC LIMIT :limit
                """)
                .param("limit", limit)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("received_at").toInstant(),
                        rs.getString("reason"), (Long) rs.getObject("fill_seconds"), rs.getString("kind"),
                        rs.getString("description"), rs.getLong("files")))
                .list();
    }

    /** The entry, locked for review; empty when it does not exist or was reviewed already. */
    java.util.Optional<Held> lockWaiting(long id) {
        return jdbc.sql("""
                SELECT id, received_at, submission::text AS submission FROM spam_quarantine
                WHERE id = :id AND reviewed_at IS NULL FOR UPDATE
                """)
                .param("id", id)
                .query((rs, n) -> new Held(rs.getLong("id"), rs.getTimestamp("received_at").toInstant(),
                        fromJson(rs.getString("submission")), files(id)))
                .optional();
    }

    void markReviewed(long id, String actor, String outcome, String caseNumber) {
        jdbc.sql("""
                UPDATE spam_quarantine SET reviewed_at = :now, reviewed_by = :actor, outcome = :outcome,
                    case_number = :number
                WHERE id = :id
                """)
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .param("outcome", outcome)
                .param("number", caseNumber)
                .param("id", id)
                .update();
    }

    private List<NewAttachment> files(long id) {
        return jdbc.sql("""
                SELECT filename, content_type, content FROM spam_quarantine_attachment WHERE quarantine_id = :id
                ORDER BY id
                """)
                .param("id", id)
                .query((rs, n) -> new NewAttachment(rs.getString("filename"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .list();
    }

    @SuppressWarnings("unchecked")
    private PublicFormInput fromJson(String text) {
        Map<String, Object> f = json.readValue(text, Map.class);
        return new PublicFormInput(null, null, str(f, "kind"), str(f, "description"), str(f, "subjectType"),
                str(f, "subjectName"), str(f, "subjectPlace"), str(f, "occurredOn"), str(f, "relation"),
                Boolean.TRUE.equals(f.get("anonymous")) ? "true" : null, str(f, "name"), str(f, "email"),
                str(f, "phone"), str(f, "postalAddress"), str(f, "contactPreference"), null, List.of());
    }

    private static String str(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        return value == null ? null : value.toString();
    }

    private String toJson(PublicFormInput in) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", in.kind());
        fields.put("description", in.description());
        fields.put("subjectType", in.subjectType());
        fields.put("subjectName", in.subjectName());
        fields.put("subjectPlace", in.subjectPlace());
        fields.put("occurredOn", in.occurredOn());
        fields.put("relation", in.relation());
        fields.put("anonymous", in.isAnonymous());
        if (!in.isAnonymous()) {
            fields.put("name", in.name());
            fields.put("email", in.email());
            fields.put("phone", in.phone());
            fields.put("postalAddress", in.postalAddress());
            fields.put("contactPreference", in.contactPreference());
        }
        fields.put("honeypot", in.homepage());
        return json.writeValueAsString(fields);
    }
}
