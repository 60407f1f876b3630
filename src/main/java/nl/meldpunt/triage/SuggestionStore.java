package nl.meldpunt.triage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Suggestions made for cases (one per case: the one made at registration, or the newer one made when text was added). */
@Repository
class SuggestionStore {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JdbcClient jdbc;

    SuggestionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the first suggestion for a case; a later call for the same case changes nothing. */
    void save(long caseId, String caseNumber, Instant at, Suggestion s) {
        write(caseId, caseNumber, at, s, "DO NOTHING");
    }

    /** Stores a suggestion for a case in place of the one it had (e.g. after text was added to the case). */
    void replace(long caseId, String caseNumber, Instant at, Suggestion s) {
        write(caseId, caseNumber, at, s, """
                DO UPDATE SET model_version = EXCLUDED.model_version, suggested_at = EXCLUDED.suggested_at,
                    kind = EXCLUDED.kind, sector = EXCLUDED.sector, urgency = EXCLUDED.urgency,
                    themes = EXCLUDED.themes, suggestion = EXCLUDED.suggestion""");
    }

    private void write(long caseId, String caseNumber, Instant at, Suggestion s, String onConflict) {
        jdbc.sql("""
                INSERT INTO triage_suggestion (case_id, case_number, model_version, suggested_at, kind, sector, urgency,
                    themes, suggestion)
                VALUES (:id, :number, :version, :at, :kind, :sector, :urgency, :themes, :json)
                ON CONFLICT (case_id)
                """ + onConflict)
                .param("id", caseId)
                .param("number", caseNumber)
                .param("version", s.modelVersion())
                .param("at", Timestamp.from(at))
                .param("kind", s.kind().code())
                .param("sector", s.sector().code())
                .param("urgency", s.urgency().code())
                .param("themes", s.themes().stream().map(LabelScore::code).toArray(String[]::new))
                .param("json", JSON.writeValueAsString(s))
                .update();
    }

    Optional<StoredSuggestion> forCase(long caseId) {
        return jdbc.sql("SELECT case_id, case_number, suggested_at, suggestion FROM triage_suggestion WHERE case_id = :id")
                .param("id", caseId)
                .query((rs, n) -> new StoredSuggestion(rs.getLong("case_id"), rs.getString("case_number"),
                        rs.getTimestamp("suggested_at").toInstant(),
                        JSON.readValue(rs.getString("suggestion"), Suggestion.class)))
                .optional();
    }

    /** Case numbers of cases with a suggestion, newest first: candidates for officer-confirmed labels. */
    List<String> caseNumbers(int limit) {
        return jdbc.sql("SELECT case_number FROM triage_suggestion ORDER BY suggested_at DESC LIMIT :limit")
                .param("limit", limit)
                .query(String.class)
                .list();
    }
}
