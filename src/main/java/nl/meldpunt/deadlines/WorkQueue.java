package nl.meldpunt.deadlines;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.casework.CaseAccessPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open clocks ordered by due moment: the query behind "Mijn werk" and "Teamwachtrijen". Served by the partial
 * indexes on {@code case_clock (team, due_at)}, {@code (assignee, due_at)} and {@code (due_at)} over open clocks,
 * so an overdue list is an index range scan however many cases there are. Only clocks of cases the current user
 * may see ({@code casework.CaseAccessPolicy}) are listed.
 */
@Component
public class WorkQueue {

    public static final int MAX_ROWS = 500;

    private final JdbcClient jdbc;
    private final CaseAccessPolicy access;

    WorkQueue(JdbcClient jdbc, CaseAccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public List<QueueItem> open(QueueFilter filter, int limit) {
        StringBuilder where = new StringBuilder("state IN ('RUNNING', 'PAUSED', 'BREACHED')");
        Map<String, Object> params = new HashMap<>();
        if (QueueFilter.NO_TEAM.equals(filter.team())) {
            where.append(" AND team IS NULL");
        } else if (filter.team() != null && !filter.team().isBlank()) {
            where.append(" AND team = :team");
            params.put("team", filter.team());
        }
        equal(where, params, "assignee", filter.assignee());
        equal(where, params, "sector", filter.sector());
        equal(where, params, "urgency", filter.urgency());
        if (filter.dueBefore() != null) {
            where.append(" AND due_at < :dueBefore");
            params.put("dueBefore", Timestamp.from(filter.dueBefore()));
        }
        // Need-to-know in the same statement: a restricted case is only in the named people's queues.
        where.append(" AND ").append(access.visibleCaseCondition("case_clock.case_id", params));
        params.put("limit", Math.min(Math.max(limit, 1), MAX_ROWS));
        return jdbc.sql("""
                SELECT id, case_id, case_number, type_code, party, state, due_at, team, assignee, sector, urgency
                FROM case_clock WHERE %s ORDER BY due_at, id LIMIT :limit
                """.formatted(where))
                .params(params)
                .query((rs, n) -> new QueueItem(
                        rs.getLong("id"),
                        rs.getLong("case_id"),
                        rs.getString("case_number"),
                        rs.getString("type_code"),
                        Party.valueOf(rs.getString("party")),
                        ClockState.valueOf(rs.getString("state")),
                        rs.getTimestamp("due_at").toInstant(),
                        rs.getString("team"),
                        rs.getString("assignee"),
                        rs.getString("sector"),
                        rs.getString("urgency")))
                .list();
    }

    /** The teams that have open clocks, for the team filter. */
    public List<String> teams() {
        return jdbc.sql("""
                WITH RECURSIVE t AS (
                  (SELECT team FROM case_clock WHERE team IS NOT NULL AND state IN ('RUNNING', 'PAUSED', 'BREACHED')
                   ORDER BY team LIMIT 1)
                  UNION ALL
                  SELECT (SELECT c.team FROM case_clock c WHERE c.team > t.team
                          AND c.state IN ('RUNNING', 'PAUSED', 'BREACHED') ORDER BY c.team LIMIT 1)
                  FROM t WHERE t.team IS NOT NULL)
                SELECT team FROM t WHERE team IS NOT NULL
                """).query(String.class).list();
    }

    private static void equal(StringBuilder where, Map<String, Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }
}
