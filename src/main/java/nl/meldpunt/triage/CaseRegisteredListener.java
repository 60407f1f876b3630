package nl.meldpunt.triage;

import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistered;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes a suggestion for every new intake, whatever the channel, as soon as it is registered. The event publication
 * registry keeps the event until this completes, so an intake that arrives before the first model is trained still
 * gets its suggestion (on redelivery).
 */
@Component
class CaseRegisteredListener {

    private final CaseQueries cases;
    private final TriageSuggestions suggestions;
    private final ActiveTriage active;
    private final TransactionTemplate transactions;

    CaseRegisteredListener(CaseQueries cases, TriageSuggestions suggestions, ActiveTriage active,
            TransactionTemplate transactions) {
        this.cases = cases;
        this.suggestions = suggestions;
        this.active = active;
        this.transactions = transactions;
    }

    /**
     * Waits for the model first, outside any transaction: waiting while holding a database connection let a burst of
     * intakes at start-up exhaust the connection pool.
     */
    @Async
    @TransactionalEventListener
    void on(CaseRegistered event) {
        active.engine();
        transactions.executeWithoutResult(status -> cases.find(event.caseNumber(), false)
                .ifPresent(c -> suggestions.suggestForCase(c.id(), c.caseNumber(), c.description(),
                        c.channel().name(), c.reporterType())));
    }
}
