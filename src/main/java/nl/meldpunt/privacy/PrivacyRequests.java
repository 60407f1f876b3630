package nl.meldpunt.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.meldpunt.platform.PersonQuery;
import nl.meldpunt.privacy.PrivacyRequest.RecordRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The register of data-subject requests and decisions (table {@code privacy_request}). */
@Component
class PrivacyRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    PrivacyRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(PrivacyRequest r) {
        return jdbc.sql("""
                INSERT INTO privacy_request (type, requester, received_on, person_query, records, decided_by, decision,
                    legal_ground, done_at, created_at, created_by)
                VALUES (:type, :requester, :received, CAST(:person AS jsonb), CAST(:records AS jsonb), :decidedBy,
                    :decision, :ground, :doneAt, :createdAt, :createdBy)
                RETURNING id""")
                .param("type", r.type().name())
                .param("requester", r.requester())
                .param("received", r.receivedOn())
                .param("person", JSON.writeValueAsString(r.person()))
                .param("records", JSON.writeValueAsString(r.records()))
                .param("decidedBy", r.decidedBy())
                .param("decision", r.decision() == null ? null : r.decision().name())
                .param("ground", r.legalGround())
                .param("doneAt", r.doneAt() == null ? null : Timestamp.from(r.doneAt()))
                .param("createdAt", Timestamp.from(r.createdAt()))
                .param("createdBy", r.createdBy())
                .query(Long.class)
                .single();
    }

    Optional<PrivacyRequest> find(long id) {
        return jdbc.sql("SELECT * FROM privacy_request WHERE id = :id").param("id", id).query(this::map).optional();
    }

    List<PrivacyRequest> latest(int limit) {
        return jdbc.sql("SELECT * FROM privacy_request ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("limit", limit).query(this::map).list();
    }

    private PrivacyRequest map(ResultSet rs, int row) throws SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        String decision = rs.getString("decision");
        return new PrivacyRequest(
                rs.getLong("id"),
                RequestType.valueOf(rs.getString("type")),
                rs.getString("requester"),
                rs.getObject("received_on", LocalDate.class),
                JSON.readValue(rs.getString("person_query"), PersonQuery.class),
                JSON.readValue(rs.getString("records"), new TypeReference<List<RecordRef>>() {}),
                rs.getString("decided_by"),
                decision == null ? null : Decision.valueOf(decision),
                rs.getString("legal_ground"),
                done == null ? null : done.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
