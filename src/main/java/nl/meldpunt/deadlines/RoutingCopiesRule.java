package nl.meldpunt.deadlines;

import nl.meldpunt.casework.CaseAssigned;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open clocks of a case carry copies of its team and assignee (so the queues are an index scan, decision
 * 1600). When the case is reassigned they follow, in the same transaction, so the team queue never shows a case
 * under the team it left.
 */
@Component
class RoutingCopiesRule {

    private final JdbcClient jdbc;

    RoutingCopiesRule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CaseAssigned event) {
        jdbc.sql("""
                UPDATE case_clock SET team = :team, assignee = :assignee
                WHERE case_id = :id AND state IN ('RUNNING', 'PAUSED', 'BREACHED')
                """)
                .param("team", event.team())
                .param("assignee", event.assignee())
                .param("id", event.caseId())
                .update();
    }
}
