package nl.meldpunt.triage;

import java.util.Optional;

/** A named, tested rule that can raise the urgency of an intake, whatever the model thinks. */
interface UrgencyRule {

    /** The rule's name, shown in explanations (e.g. {@code OngoingAbuse}). */
    String name();

    Optional<RuleFiring> evaluate(RuleText text);
}
