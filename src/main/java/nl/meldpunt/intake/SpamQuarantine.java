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
