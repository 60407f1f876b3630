package nl.meldpunt.casework;

import java.util.Map;
import nl.meldpunt.platform.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way other modules add an entry to a case's history (who, when, why), in the transaction of the change
 * they record. Casework itself writes through {@link CaseHistory} directly.
 */
@Component
public class CaseJournal {

    private final CaseQueries queries;
    private final CaseHistory history;

    CaseJournal(CaseQueries queries, CaseHistory history) {
        this.queries = queries;
        this.history = history;
    }

    /** Records an entry on the case; throws {@link NotFound} when there is no such case. */
    @Transactional
    public void record(CaseNumber caseNumber, String actor, HistoryAction action, Map<String, ?> details, String reason) {
        long caseId = queries.requireId(caseNumber.value());
        history.record(caseId, actor, action, details, reason);
    }
}
