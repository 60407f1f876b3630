package nl.meldpunt.triage;

import java.util.List;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a suggestion for every new intake, whatever the channel, right after it is registered: casework announces
 * each new case once from its follow-up queue, and this runs inside that transaction, so a suggestion that fails is
 * retried with the case rather than lost. A case announced before the first model is ready (only right after the
 * very first start) goes to a backlog that is worked off as soon as the model is, so it never holds up the clocks.
 */
@Component
class CaseRegisteredListener {

    private static final Logger log = LoggerFactory.getLogger(CaseRegisteredListener.class);

    private final CaseQueries cases;
    private final TriageSuggestions suggestions;
    private final ActiveTriage active;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    CaseRegisteredListener(CaseQueries cases, TriageSuggestions suggestions, ActiveTriage active,
            TransactionTemplate transactions, JdbcClient jdbc) {
        this.cases = cases;
        this.suggestions = suggestions;
        this.active = active;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CaseRegistered event) {
        if (active.ready().isPresent()) {
            suggest(event.caseNumber());
        } else {
            jdbc.sql("INSERT INTO triage_backlog (case_id, case_number) VALUES (:id, :n) ON CONFLICT DO NOTHING")
                    .param("id", event.caseId()).param("n", event.caseNumber()).update();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void workOffBacklogWhenReady() {
        active.whenFirstReady(this::workOffBacklog);
    }

    /** Suggests for every case in the backlog, a batch per transaction, until it is empty. */
    void workOffBacklog() {
        try {
            List<String> batch;
            do {
                batch = transactions.execute(status -> {
                    List<String> taken = jdbc.sql("""
                            DELETE FROM triage_backlog WHERE case_id IN (
                              SELECT case_id FROM triage_backlog ORDER BY case_id LIMIT 50 FOR UPDATE SKIP LOCKED)
                            RETURNING case_number
                            """).query(String.class).list();
                    taken.forEach(this::suggest);
                    return taken;
                });
            } while (batch != null && !batch.isEmpty());
        } catch (RuntimeException e) {
            log.warn("Triage backlog not worked off; tried again at the next start: {}", e.toString());
        }
    }

    private void suggest(String caseNumber) {
        transactions.executeWithoutResult(status -> cases.find(caseNumber, false)
                .ifPresent(c -> suggestions.suggestForCase(c.id(), c.caseNumber(), c.description(),
                        c.channel().name(), c.reporterType())));
    }
}
