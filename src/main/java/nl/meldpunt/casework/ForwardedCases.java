package nl.meldpunt.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The inspectors' queue: forwarded cases awaiting acceptance or a decision, oldest forwarding first. */
@Component
public class ForwardedCases {

    public static final int MAX_ROWS = 200;

    private final JdbcClient jdbc;
    private final CaseAccessPolicy access;

    ForwardedCases(JdbcClient jdbc, CaseAccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * One line of the queue. {@code decisionDueAt} is the due moment of the open inspector-decision clock, null
     * when there is none.
     */
    public record ForwardedCase(String caseNumber, ForwardingState state, Instant forwardedAt, String forwardedBy,
            String urgency, String targetTeam, String sector, Instant decisionDueAt) {}

    /** Awaiting the inspector, for one team or (team null) for all. */
    public List<ForwardedCase> awaitingInspector(String team, int limit) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String visible = access.visibleCondition(params); // need-to-know (CaseAccessPolicy)
        // Read model: the due moment comes from deadlines' case_clock table (read only, never written here).
        return jdbc.sql("""
                SELECT c.case_number, f.state, f.forwarded_at, f.forwarded_by, f.urgency, f.target_team, c.sector,
                    (SELECT k.due_at FROM case_clock k WHERE k.case_id = f.case_id AND k.type_code = 'INSPECTOR_DECISION'
                       AND k.state IN ('RUNNING', 'PAUSED', 'BREACHED') ORDER BY k.id DESC LIMIT 1) AS due_at
                FROM case_forwarding f JOIN case_file c ON c.id = f.case_id
                WHERE f.state IN ('AWAITING_INSPECTOR', 'ACCEPTED') AND (CAST(:team AS VARCHAR) IS NULL OR f.target_team = :team)
                  AND %s
                ORDER BY f.forwarded_at, f.id
                LIMIT :limit
                """.formatted(visible))
                .params(params)
                .param("team", team)
                .param("limit", Math.min(Math.max(limit, 1), MAX_ROWS))
                .query((rs, n) -> {
                    Timestamp due = rs.getTimestamp("due_at");
                    return new ForwardedCase(rs.getString("case_number"), ForwardingState.valueOf(rs.getString("state")),
                            rs.getTimestamp("forwarded_at").toInstant(), rs.getString("forwarded_by"),
                            rs.getString("urgency"), rs.getString("target_team"), rs.getString("sector"),
                            due == null ? null : due.toInstant());
                })
                .list();
    }
}
