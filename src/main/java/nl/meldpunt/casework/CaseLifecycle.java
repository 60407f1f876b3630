package nl.meldpunt.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.meldpunt.casework.LifecycleRules.ClosureRequiresInvestigationResult;
import nl.meldpunt.casework.LifecycleRules.ReopenRequiresReason;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a case with an outcome and reopening it. Both move the status through {@link CaseEditing#changeStatus}
 * (the state machine and the version check), record who, when and why, and announce {@link CaseClosed} or
 * {@link CaseReopened}.
 */
@Component
public class CaseLifecycle {

    private final CaseQueries queries;
    private final CaseEditing editing;
    private final CaseHistory history;
    private final LifecycleStore store;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseLifecycle(CaseQueries queries, CaseEditing editing, CaseHistory history, LifecycleStore store,
            ReferenceData reference, ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.editing = editing;
        this.history = history;
        this.store = store;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
    }

    /** Where the handling of the case stands. */
    @Transactional(readOnly = true)
    public CaseHandling handling(String caseNumber) {
        CaseHandling handling = store.handling(load(caseNumber).id());
        // Analysts see no unreviewed free text (issue 9): only the shape of the handling, not the words.
        return analystOnly() ? handling.withoutFreeText() : handling;
    }

    /** An analyst without a case-handling or inspector role as well. */
    static boolean analystOnly() {
        return nl.meldpunt.platform.CurrentUser.hasAnyRole(nl.meldpunt.platform.Role.ANALYST)
                && !nl.meldpunt.platform.CurrentUser.hasAnyRole(nl.meldpunt.platform.Role.INTAKE,
                        nl.meldpunt.platform.Role.SENIOR, nl.meldpunt.platform.Role.INSPECTOR,
                        nl.meldpunt.platform.Role.ADMIN);
    }

    /** Closes the case with an outcome of the admin-managed list; returns the new version. */
    @Transactional
    public long close(String caseNumber, long expectedVersion, String outcome, String note) {
        CaseView c = load(caseNumber);
        if (outcome == null || !reference.isActive(ReferenceList.CLOSURE_OUTCOME, outcome)) {
            throw InvalidInput.of("outcome", "Unknown or retired closure outcome.");
        }
        String why = LifecycleInput.optional("note", note);
        requireTransition(c, CaseStatus.CLOSED);
        if (c.status() == CaseStatus.MONITORING) {
            throw new ClosureRequiresInvestigationResult();
        }
        Instant now = clock.instant();
        String actor = CurrentUser.name();
        long version = editing.changeStatus(caseNumber, expectedVersion, CaseStatus.CLOSED, why);
        store.insertClosure(c.id(), outcome, why, now, actor);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", outcome);
        history.record(c.id(), actor, HistoryAction.CLOSED, details, why);
        events.publishEvent(new CaseClosed(c.id(), c.caseNumber(), outcome, now));
        return version;
    }

    /** Reopens a closed case; a reason is required. Returns the new version. */
    @Transactional
    public long reopen(String caseNumber, long expectedVersion, String reason) {
        CaseView c = load(caseNumber);
        String why = reason == null || reason.isBlank() ? null : LifecycleInput.optional("reason", reason);
        if (why == null) {
            throw new ReopenRequiresReason();
        }
        requireTransition(c, CaseStatus.REOPENED);
        Instant now = clock.instant();
        String actor = CurrentUser.name();
        long version = editing.changeStatus(caseNumber, expectedVersion, CaseStatus.REOPENED, why);
        store.latestClosure(c.id()).ifPresent(closure -> store.markReopened(closure.id(), now, actor, why));
        history.record(c.id(), actor, HistoryAction.REOPENED, Map.of(), why);
        events.publishEvent(new CaseReopened(c.id(), c.caseNumber(), now));
        return version;
    }

    static void requireTransition(CaseView c, CaseStatus next) {
        if (!c.status().canMoveTo(next)) {
            throw new IllegalTransition(c.status(), next);
        }
    }

    private CaseView load(String caseNumber) {
        return queries.require(caseNumber, false);
    }
}
