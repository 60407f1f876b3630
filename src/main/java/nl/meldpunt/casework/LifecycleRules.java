package nl.meldpunt.casework;

import nl.meldpunt.platform.RuleViolation;
import org.springframework.http.HttpStatus;

/**
 * The rules of case handling after triage, each refusal named after the rule it guards. The API answers them as
 * problems of type {@code https://meldpunt.nl/problems/<rule>}; pages show {@code lifecycle.problem.<rule>}.
 */
public final class LifecycleRules {

    private LifecycleRules() {}

    /** A refusal by one of these rules. */
    public abstract static class LifecycleRuleViolation extends RuleViolation {
        LifecycleRuleViolation(String rule, String detail) {
            super(rule, HttpStatus.UNPROCESSABLE_CONTENT, detail);
        }

        @Override
        public String messageKey() {
            return "lifecycle.problem." + rule();
        }
    }

    /** A citizen's complaint goes to an inspector only after the citizen was consulted. */
    public static final class ForwardingRequiresConsultation extends LifecycleRuleViolation {
        ForwardingRequiresConsultation() {
            super("forwarding-requires-consultation",
                    "Forwarding a citizen's complaint requires a recorded consultation with the citizen.");
        }
    }

    /** The last consultation says the citizen does not want the complaint forwarded. */
    public static final class CitizenDeclinedForwarding extends LifecycleRuleViolation {
        CitizenDeclinedForwarding() {
            super("citizen-declined-forwarding",
                    "In the last recorded consultation the citizen did not agree to forwarding.");
        }
    }

    /** An anonymous case, or one whose reporter wants no contact, is forwarded only with a senior's approval. */
    public static final class AnonymousForwardingRequiresSeniorApproval extends LifecycleRuleViolation {
        AnonymousForwardingRequiresSeniorApproval() {
            super("anonymous-case-forwarding-requires-senior-approval",
                    "The citizen cannot be consulted (anonymous or no contact): a senior must forward this case.");
        }
    }

    /** Accepting or returning needs a forwarding that awaits the inspector. */
    public static final class NotAwaitingInspector extends LifecycleRuleViolation {
        NotAwaitingInspector() {
            super("forwarding-not-awaiting-inspector", "The case has no forwarding awaiting the inspector.");
        }
    }

    /** The inspector accepts a forwarded case before deciding on it. */
    public static final class DecisionRequiresAcceptance extends LifecycleRuleViolation {
        DecisionRequiresAcceptance() {
            super("inspector-decision-requires-acceptance",
                    "The inspector must accept the forwarded case before recording a decision.");
        }
    }

    /** An investigation result belongs to a case whose investigation is monitored. */
    public static final class NotMonitored extends LifecycleRuleViolation {
        NotMonitored() {
            super("investigation-not-monitored", "The case has no investigation under monitoring.");
        }
    }

    /** A monitored investigation ends (result recorded, citizen informed) before the case closes. */
    public static final class ClosureRequiresInvestigationResult extends LifecycleRuleViolation {
        ClosureRequiresInvestigationResult() {
            super("closure-requires-investigation-result",
                    "Record the investigation's result and that the citizen was informed before closing.");
        }
    }

    /** Reopening a closed case needs a reason. */
    public static final class ReopenRequiresReason extends LifecycleRuleViolation {
        ReopenRequiresReason() {
            super("reopen-requires-reason", "Reopening a case requires a reason.");
        }
    }

    /** The provider's complaint handling is followed once per case. */
    public static final class ProviderComplaintAlreadyFiled extends LifecycleRuleViolation {
        ProviderComplaintAlreadyFiled() {
            super("provider-complaint-already-filed", "The complaint with the provider is recorded already.");
        }
    }

    /** Extension and answer need the filed complaint first. */
    public static final class ProviderComplaintNotFiled extends LifecycleRuleViolation {
        ProviderComplaintNotFiled() {
            super("provider-complaint-not-filed", "Record first when the complaint was filed with the provider.");
        }
    }

    /** Wkkgz: the provider may extend its term once, by at most four weeks. */
    public static final class ProviderExtensionOnceOnly extends LifecycleRuleViolation {
        ProviderExtensionOnceOnly() {
            super("provider-extension-once-only", "The provider's term may be extended once only.");
        }
    }

    /** The provider's answer is recorded once; after it, the term is over. */
    public static final class ProviderComplaintAlreadyAnswered extends LifecycleRuleViolation {
        ProviderComplaintAlreadyAnswered() {
            super("provider-complaint-already-answered", "The provider's answer is recorded already.");
        }
    }

    /** A closed case takes no handling until it is reopened. */
    public static final class CaseIsClosed extends LifecycleRuleViolation {
        CaseIsClosed() {
            super("case-is-closed", "The case is closed; reopen it first.");
        }

        /** The case itself when it is open; refused with this rule when it is closed. */
        static CaseView requireOpen(CaseView c) {
            if (!c.status().isOpen()) {
                throw new CaseIsClosed();
            }
            return c;
        }
    }

    /**
     * Statuses with their own action (and rules) cannot be set through the plain status change: forwarding needs
     * consent, closure an outcome, reopening a reason, monitoring an inspector's decision.
     */
    public static final class StatusHasItsOwnAction extends LifecycleRuleViolation {
        StatusHasItsOwnAction(CaseStatus status) {
            super("status-has-its-own-action", "Use the " + status + " action (forwarding, inspector decision, "
                    + "closure or reopen) instead of a plain status change.");
        }
    }

    private static final java.util.Set<CaseStatus> OWN_ACTION =
            java.util.EnumSet.of(CaseStatus.FORWARDED, CaseStatus.MONITORING, CaseStatus.CLOSED, CaseStatus.REOPENED);

    /** Whether a plain status change (page button, {@code PUT /status}) may set this status. */
    public static boolean settableByHand(CaseStatus status) {
        return !OWN_ACTION.contains(status);
    }

    /** Refuses a plain status change to a status that has its own action. */
    public static void requireSettableByHand(CaseStatus status) {
        if (!settableByHand(status)) {
            throw new StatusHasItsOwnAction(status);
        }
    }
}
