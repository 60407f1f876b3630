package nl.meldpunt.deadlines;

import nl.meldpunt.casework.CaseAssigned;
import nl.meldpunt.casework.CaseClassified;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open clocks of a case carry copies of its team, assignee, sector and urgency (so the queues are an index
 * scan, decision 1600). When the case is reassigned or reclassified they follow, in the same transaction, so a
 * queue never shows a case under the team, sector or urgency it left.
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

    @EventListener
    void on(CaseClassified event) {
        jdbc.sql("""
                UPDATE case_clock SET sector = :sector, urgency = :urgency
                WHERE case_id = :id AND state IN ('RUNNING', 'PAUSED', 'BREACHED')
                """)
                .param("sector", event.sector())
                .param("urgency", event.urgency())
                .param("id", event.caseId())
                .update();
    }
}
