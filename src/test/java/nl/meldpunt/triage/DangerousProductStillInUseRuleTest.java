package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DangerousProductStillInUseRuleTest {

    private final DangerousProductStillInUseRule rule = new DangerousProductStillInUseRule();

    @Test
    void fires_when_a_defective_pump_is_still_used() {
        assertThat(rule.evaluate(RuleText.of("De spuitpompen doseren te snel door een softwarefout; de update is er niet en we gebruiken de pompen gewoon elke dag."))).isPresent();
    }

    @Test
    void fires_when_a_wrong_strength_batch_is_still_delivered() {
        assertThat(rule.evaluate(RuleText.of("In de partij zaten blisters met verkeerde sterkte. De partij wordt nog geleverd aan andere apotheken."))).isPresent();
    }

    @Test
    void stays_silent_when_the_batch_was_recalled() {
        assertThat(rule.evaluate(RuleText.of("Er zaten deeltjes in de infuuszakken; de partij is inmiddels teruggeroepen en alles is vervangen."))).isEmpty();
    }
}
