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

    @Test
    void fires_on_a_device_that_fails_without_alarm_and_is_still_used() {
        assertThat(rule.evaluate(RuleText.of("De accu valt bij stroomuitval uit zonder alarm. De apparaten worden nog gewoon gebruikt."))).isPresent();
    }

    @Test
    void fires_on_a_double_dose_label_in_use_at_home() {
        assertThat(rule.evaluate(RuleText.of("Patiënten krijgen het dubbele van de bedoelde dosis; de partij is in gebruik bij patiënten thuis."))).isPresent();
    }

    @Test
    void fires_on_instruments_not_sterilised_while_patients_are_treated() {
        assertThat(rule.evaluate(RuleText.of("De autoclaaf is kapot en instrumenten worden niet gesteriliseerd; er worden elke dag patiënten behandeld."))).isPresent();
    }

    @Test
    void stays_silent_when_the_device_was_replaced() {
        assertThat(rule.evaluate(RuleText.of("Mijn apparaat had een foutmelding maar is inmiddels vervangen, alles werkt weer."))).isEmpty();
    }

    @Test
    void fires_on_counterfeit_pills_whose_seller_is_still_active() {
        assertThat(rule.evaluate(RuleText.of("Drie jongeren opgenomen na namaakpillen van een verkoper via een app; volgens hen is de verkoper nog steeds actief."))).isPresent();
    }
}
