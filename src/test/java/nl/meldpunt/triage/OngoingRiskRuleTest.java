package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OngoingRiskRuleTest {

    private final OngoingRiskRule rule = new OngoingRiskRule();

    @Test
    void fires_when_practice_goes_on_regardless() {
        assertThat(rule.evaluate(RuleText.of("Ze spuit fillers in haar woonkamer zonder opleiding en gaat gewoon door, vanavond staat er weer een party gepland."))).isPresent();
    }

    @Test
    void fires_when_patients_are_still_booked() {
        assertThat(rule.evaluate(RuleText.of("De autoclaaf is stuk en deze week staan er nog ongeveer 90 patiënten gepland."))).isPresent();
    }

    @Test
    void stays_silent_on_a_finished_matter() {
        assertThat(rule.evaluate(RuleText.of("De praktijk is vorig jaar gesloten en de behandelingen zijn gestopt."))).isEmpty();
    }

    @Test
    void fires_when_it_is_still_happening() {
        assertThat(rule.evaluate(RuleText.of("Een leider komt 's nachts op mijn kamer. Het gebeurt nog steeds."))).isPresent();
    }

    @Test
    void fires_when_patients_are_scheduled_again_tomorrow() {
        assertThat(rule.evaluate(RuleText.of("Het bad draait met te weinig chloor; morgen staan weer 25 patiënten ingepland."))).isPresent();
    }
}
