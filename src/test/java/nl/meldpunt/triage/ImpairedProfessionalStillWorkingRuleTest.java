package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImpairedProfessionalStillWorkingRuleTest {

    private final ImpairedProfessionalStillWorkingRule rule = new ImpairedProfessionalStillWorkingRule();

    @Test
    void fires_on_an_anaesthetist_who_falls_asleep_and_is_rostered_again() {
        assertThat(rule.evaluate(RuleText.of("Een anesthesioloog valt in slaap tijdens operaties en ruikt naar alcohol. Hij staat morgen weer op het rooster en werkt gewoon door."))).isPresent();
    }

    @Test
    void stays_silent_when_the_professional_no_longer_works() {
        assertThat(rule.evaluate(RuleText.of("De tandarts was dronken tijdens de behandeling, maar hij is inmiddels gestopt met zijn praktijk."))).isEmpty();
    }

    @Test
    void fires_on_a_tipsy_gp_scheduled_for_home_visits() {
        assertThat(rule.evaluate(RuleText.of("De huisarts was vanochtend aangeschoten en staat vanmiddag ingeroosterd voor visites."))).isPresent();
    }
}
