package nl.meldpunt.reporting;

import nl.meldpunt.casework.CaseClassified;
import nl.meldpunt.casework.CaseClosed;
import nl.meldpunt.casework.CaseForwardedToInspector;
import nl.meldpunt.casework.CaseMerged;
import nl.meldpunt.casework.CaseRegistered;
import nl.meldpunt.casework.CaseReopened;
import nl.meldpunt.casework.ForwardingReturned;
import nl.meldpunt.casework.InspectorDecisionRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Marks the month of a changed case stale, in the transaction of the change (plain {@code @EventListener}): the
 * mark commits exactly when the change does, so a refresh that sees the mark also sees the change. Append-only
 * insert, so concurrent intakes take no lock on a shared row. Reads casework's case_file (read model), writes only
 * report_summary_stale and report_fact_stale (the case, for the per-case facts). Decisions 2520, 2600.
 */
@Component
class ReportSummaryListener {

    private final JdbcClient jdbc;

    ReportSummaryListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CaseRegistered e) {
        mark(e.caseId());
    }

    @EventListener
    void on(CaseClassified e) {
        mark(e.caseId());
    }

    @EventListener
    void on(CaseClosed e) {
        mark(e.caseId());
    }

    @EventListener
    void on(CaseReopened e) {
        mark(e.caseId());
    }

    @EventListener
    void on(CaseForwardedToInspector e) {
        mark(e.caseId());
    }

    @EventListener
    void on(ForwardingReturned e) {
        mark(e.caseId());
    }

    @EventListener
    void on(InspectorDecisionRecorded e) {
        mark(e.caseId());
    }

    @EventListener
    void on(CaseMerged e) {
        mark(e.duplicateId());
        mark(e.survivorId());
    }

    private void mark(long caseId) {
        jdbc.sql("""
                INSERT INTO report_summary_stale (month)
                SELECT date_trunc('month', received_at AT TIME ZONE 'Europe/Amsterdam')::date FROM case_file WHERE id = :id
                """).param("id", caseId).update();
        jdbc.sql("INSERT INTO report_fact_stale (case_id) VALUES (:id)").param("id", caseId).update();
    }
}
