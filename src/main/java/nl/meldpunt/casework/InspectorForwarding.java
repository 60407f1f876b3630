package nl.meldpunt.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.meldpunt.casework.CaseHandling.Forwarding;
import nl.meldpunt.casework.LifecycleRules.CaseIsClosed;
import nl.meldpunt.casework.LifecycleRules.DecisionRequiresAcceptance;
import nl.meldpunt.casework.LifecycleRules.NotAwaitingInspector;
import nl.meldpunt.casework.LifecycleRules.NotMonitored;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.Role;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultation with the citizen, forwarding to an inspector, the inspector's acceptance, return or decision, and
 * the monitoring of an investigation (LMZ task 3). Status changes go through {@link CaseEditing#changeStatus}.
 */
@Component
public class InspectorForwarding {

    private static final int MAX_TEAM = 50;

    private final CaseQueries queries;
    private final CaseEditing editing;
    private final CaseHistory history;
    private final LifecycleStore store;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InspectorForwarding(CaseQueries queries, CaseEditing editing, CaseHistory history, LifecycleStore store,
            ReferenceData reference, ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.editing = editing;
        this.history = history;
        this.store = store;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
    }

    /** Records a consultation with the citizen. Returns the new version. */
    @Transactional
    public long consult(String caseNumber, long expectedVersion, NewConsultation consultation) {
        CaseView c = openCase(caseNumber, false);
        LifecycleInput.pastDate("consultedOn", consultation.consultedOn(), clock);
        if (consultation.medium() == null || consultation.medium() == ContactMedium.NOTE) {
            throw InvalidInput.of("medium", "A consultation is by phone, e-mail or letter.");
        }
        String summary = LifecycleInput.required("summary", consultation.summary());
        long version = store.bumpVersion(c.id(), expectedVersion);
        store.insertConsultation(c.id(), new NewConsultation(consultation.consultedOn(), consultation.medium(),
                summary, consultation.agreesToForwarding()), clock.instant(), CurrentUser.name());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("consultedOn", consultation.consultedOn().toString());
        details.put("medium", consultation.medium().name());
        details.put("agreesToForwarding", consultation.agreesToForwarding());
        history.record(c.id(), CurrentUser.name(), HistoryAction.CONSULTATION_RECORDED, details, null);
        return version;
    }

    /** Forwards the case to an inspector's team; see {@link ForwardingConsentPolicy}. Returns the new version. */
    @Transactional
    public long forward(String caseNumber, long expectedVersion, String motivation, String urgency, String team) {
        CaseView c = openCase(caseNumber, true);
        String why = LifecycleInput.required("motivation", motivation);
        if (urgency == null || !reference.isActive(ReferenceList.URGENCY, urgency)) {
            throw InvalidInput.of("urgency", "Unknown or retired urgency.");
        }
        String targetTeam = LifecycleInput.required("targetTeam", team);
        if (targetTeam.length() > MAX_TEAM) {
            throw InvalidInput.of("targetTeam", "At most " + MAX_TEAM + " characters.");
        }
        CaseLifecycle.requireTransition(c, CaseStatus.FORWARDED);
        String actor = CurrentUser.name();
        ForwardingConsentPolicy.Consent consent = ForwardingConsentPolicy.check(c.reporterType(), c.reporter(),
                store.consultations(c.id()), actor, CurrentUser.hasRole(Role.SENIOR));
        Instant now = clock.instant();
        store.insertForwarding(c.id(), why, urgency, targetTeam, consent.consultationId(), consent.approvedBySenior(),
                now, actor);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("urgency", urgency);
        details.put("targetTeam", targetTeam);
        if (consent.consultationId() != null) {
            details.put("consultation", consent.consultationId());
        }
        if (consent.approvedBySenior() != null) {
            details.put("approvedBySenior", consent.approvedBySenior());
        }
        history.record(c.id(), actor, HistoryAction.FORWARDED, details, why);
        long version = editing.changeStatus(caseNumber, expectedVersion, CaseStatus.FORWARDED, null);
        events.publishEvent(new CaseForwardedToInspector(c.id(), c.caseNumber(), urgency, targetTeam, now));
        return version;
    }

    /** The inspector takes the forwarded case on. */
    @Transactional
    public long accept(String caseNumber, long expectedVersion) {
        CaseView c = openCase(caseNumber, false);
        Forwarding f = awaiting(c);
        if (f.state() != ForwardingState.AWAITING_INSPECTOR) {
            throw new NotAwaitingInspector();
        }
        long version = store.bumpVersion(c.id(), expectedVersion);
        store.accept(f.id(), clock.instant(), CurrentUser.name());
        history.record(c.id(), CurrentUser.name(), HistoryAction.FORWARDING_ACCEPTED, Map.of(), null);
        return version;
    }

    /** The inspector returns the case to Meldpunt, with a reason; it is in progress again. */
    @Transactional
    public long giveBack(String caseNumber, long expectedVersion, String reason) {
        CaseView c = openCase(caseNumber, false);
        String why = LifecycleInput.required("reason", reason);
        Forwarding f = awaiting(c);
        Instant now = clock.instant();
        store.giveBack(f.id(), why, now, CurrentUser.name());
        history.record(c.id(), CurrentUser.name(), HistoryAction.FORWARDING_RETURNED, Map.of(), why);
        long version = editing.changeStatus(caseNumber, expectedVersion, CaseStatus.IN_PROGRESS, why);
        events.publishEvent(new ForwardingReturned(c.id(), c.caseNumber(), now));
        return version;
    }

    /**
     * The inspector's decision, with a motivation. INVESTIGATE puts the case under monitoring; otherwise it goes
     * back to Meldpunt (in progress) to inform the citizen and close.
     */
    @Transactional
    public long decide(String caseNumber, long expectedVersion, InspectorDecision decision, String motivation) {
        CaseView c = openCase(caseNumber, false);
        if (decision == null) {
            throw InvalidInput.of("decision", "Required.");
        }
        String why = LifecycleInput.required("motivation", motivation);
        Forwarding f = awaiting(c);
        if (f.state() != ForwardingState.ACCEPTED) {
            throw new DecisionRequiresAcceptance();
        }
        boolean investigate = decision == InspectorDecision.INVESTIGATE;
        CaseStatus next = investigate ? CaseStatus.MONITORING : CaseStatus.IN_PROGRESS;
        CaseLifecycle.requireTransition(c, next);
        Instant now = clock.instant();
        store.decide(f.id(), investigate ? ForwardingState.MONITORING : ForwardingState.DECIDED, decision, why, now,
                CurrentUser.name());
        history.record(c.id(), CurrentUser.name(), HistoryAction.INSPECTOR_DECIDED,
                Map.of("decision", decision.name()), why);
        long version = editing.changeStatus(caseNumber, expectedVersion, next, null);
        events.publishEvent(new InspectorDecisionRecorded(c.id(), c.caseNumber(), decision, now));
        return version;
    }

    /**
     * The investigation's result, and the day the citizen was informed of it: monitoring ends and the case is in
     * progress again, ready to be closed.
     */
    @Transactional
    public long recordInvestigationResult(String caseNumber, long expectedVersion, String result,
            LocalDate citizenInformedOn) {
        CaseView c = openCase(caseNumber, false);
        String text = LifecycleInput.required("result", result);
        LifecycleInput.pastDate("citizenInformedOn", citizenInformedOn, clock);
        Forwarding f = store.latestForwarding(c.id())
                .filter(x -> x.state() == ForwardingState.MONITORING && c.status() == CaseStatus.MONITORING)
                .orElseThrow(NotMonitored::new);
        store.endMonitoring(f.id(), text, citizenInformedOn, clock.instant(), CurrentUser.name());
        history.record(c.id(), CurrentUser.name(), HistoryAction.INVESTIGATION_RESULT_RECORDED,
                Map.of("citizenInformedOn", citizenInformedOn.toString()), null);
        return editing.changeStatus(caseNumber, expectedVersion, CaseStatus.IN_PROGRESS, null);
    }

    private Forwarding awaiting(CaseView c) {
        return store.latestForwarding(c.id())
                .filter(f -> f.state().awaitsInspector() && c.status() == CaseStatus.FORWARDED)
                .orElseThrow(NotAwaitingInspector::new);
    }

    private CaseView openCase(String caseNumber, boolean withReporter) {
        return CaseIsClosed.requireOpen(queries.require(caseNumber, withReporter));
    }
}
