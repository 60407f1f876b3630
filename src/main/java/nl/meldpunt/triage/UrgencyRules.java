package nl.meldpunt.triage;

import java.util.ArrayList;
import java.util.List;

/** All urgency rules, evaluated together. */
final class UrgencyRules {

    private final List<UrgencyRule> rules = List.of(
            new SuicideRiskRule(),
            new OngoingAbuseRule(),
            new OngoingCoercionRule(),
            new ChildUnsafeRule(),
            new DangerousProductStillInUseRule(),
            new ManyPatientsAffectedRule(),
            new EssentialCareMissingRule(),
            new ImpairedProfessionalStillWorkingRule(),
            new PublicHealthThreatReportRule(),
            new EmergencyEscalationRule(),
            new OngoingRiskRule(),
            new SevereSymptomsNowRule(),
            new MisconductProfessionalStillPractisingRule(),
            new OutbreakOngoingRule(),
            new HarmfulPracticeOngoingRule());

    List<RuleFiring> evaluate(String text) {
        RuleText ruleText = RuleText.of(text);
        List<RuleFiring> fired = new ArrayList<>();
        for (UrgencyRule rule : rules) {
            rule.evaluate(ruleText).ifPresent(fired::add);
        }
        return fired;
    }
}
