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
