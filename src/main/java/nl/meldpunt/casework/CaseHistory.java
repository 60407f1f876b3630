package nl.meldpunt.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the case history: who did what, when and why. Called inside the transaction of the change it records,
 * so a change without its history entry cannot be committed.
 */
@Component
class CaseHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(long caseId, String actor, HistoryAction action, Map<String, ?> details, String reason) {
        jdbc.sql("""
                INSERT INTO case_history (case_id, occurred_at, actor, action, details, reason)
                VALUES (:case, :at, :actor, :action, CAST(:details AS jsonb), :reason)
                """)
                .param("case", caseId)
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .param("action", action.name())
                .param("details", details == null || details.isEmpty() ? null : JSON.writeValueAsString(details))
                .param("reason", reason)
                .update();
    }
}
