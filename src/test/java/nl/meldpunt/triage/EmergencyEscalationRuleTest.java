package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmergencyEscalationRuleTest {

    private final EmergencyEscalationRule rule = new EmergencyEscalationRule();

    @Test
    void fires_when_the_officer_advised_112_at_once() {
        assertThat(rule.evaluate(RuleText.of("Beller geadviseerd direct 112 te bellen; zij doet dat meteen."))).isPresent();
    }

    @Test
    void fires_when_put_through_to_the_duty_inspector() {
        assertThat(rule.evaluate(RuleText.of("Gesprek doorgezet naar dienstdoend inspecteur acute zorg."))).isPresent();
    }

    @Test
    void stays_silent_on_ordinary_advice() {
        assertThat(rule.evaluate(RuleText.of("Geadviseerd een klacht in te dienen bij de klachtenfunctionaris."))).isEmpty();
    }
}
