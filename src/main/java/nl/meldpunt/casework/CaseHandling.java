package nl.meldpunt.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the handling of a case stands: its closure, the provider's complaint handling, consultations with the
 * citizen, the latest forwarding to an inspector, and the callback attempts that failed.
 */
public record CaseHandling(
        Closure closure,
        ProviderComplaint providerComplaint,
        List<Consultation> consultations,
        Forwarding forwarding,
        int failedCallbackAttempts,
        boolean callbackReached) {

    /** The number of calls nobody answered after which the standard letter is offered. */
    public static final int FAILED_ATTEMPTS_FOR_LETTER = 3;

    /** Three calls nobody answered and nobody reached yet: offer the standard "could not reach you" letter. */
    @com.fasterxml.jackson.annotation.JsonProperty("offersCallbackFailedLetter")
    public boolean offersCallbackFailedLetter() {
        return !callbackReached && failedCallbackAttempts >= FAILED_ATTEMPTS_FOR_LETTER;
    }

    /**
     * The same, without any free text typed by staff or told by the citizen (consultation summaries, notes,
     * reasons, motivations, the provider's answer, the investigation result): what an analyst may see. None of these
     * texts is reviewed for personal data, so dates, states, codes and who did what stay, the words go.
     */
    public CaseHandling withoutFreeText() {
        Closure c = closure == null ? null : new Closure(closure.id(), closure.outcome(), null, closure.closedAt(),
                closure.closedBy(), closure.reopenedAt(), closure.reopenedBy(), null);
        ProviderComplaint p = providerComplaint == null ? null : new ProviderComplaint(providerComplaint.filedOn(),
                providerComplaint.recordedBy(), providerComplaint.extensionWeeks(), null,
                providerComplaint.answeredOn(), null);
        List<Consultation> cs = consultations == null ? List.of() : consultations.stream()
                .map(k -> new Consultation(k.id(), k.consultedOn(), k.medium(), null, k.agreesToForwarding(),
                        k.recordedAt(), k.recordedBy()))
                .toList();
        Forwarding f = forwarding == null ? null : new Forwarding(forwarding.id(), forwarding.state(),
                forwarding.forwardedAt(), forwarding.forwardedBy(), null, forwarding.urgency(),
                forwarding.targetTeam(), forwarding.consultationId(), forwarding.approvedBySenior(),
                forwarding.acceptedAt(), forwarding.acceptedBy(), null, forwarding.decision(), null,
                forwarding.decidedAt(), forwarding.decidedBy(), null, forwarding.citizenInformedOn());
        return new CaseHandling(c, p, cs, f, failedCallbackAttempts, callbackReached);
    }

    /** The latest closure; {@code reopenedAt} set when the case was reopened since. */
    public record Closure(long id, String outcome, String note, Instant closedAt, String closedBy, Instant reopenedAt,
            String reopenedBy, String reopenReason) {}

    public record ProviderComplaint(LocalDate filedOn, String recordedBy, Integer extensionWeeks,
            String extensionReason, LocalDate answeredOn, String answerSummary) {

        public boolean extended() {
            return extensionWeeks != null;
        }

        public boolean answered() {
            return answeredOn != null;
        }
    }

    public record Consultation(long id, LocalDate consultedOn, ContactMedium medium, String summary,
            boolean agreesToForwarding, Instant recordedAt, String recordedBy) {}

    public record Forwarding(long id, ForwardingState state, Instant forwardedAt, String forwardedBy,
            String motivation, String urgency, String targetTeam, Long consultationId, String approvedBySenior,
            Instant acceptedAt, String acceptedBy, String returnReason, InspectorDecision decision,
            String decisionMotivation, Instant decidedAt, String decidedBy, String investigationResult,
            LocalDate citizenInformedOn) {}
}
