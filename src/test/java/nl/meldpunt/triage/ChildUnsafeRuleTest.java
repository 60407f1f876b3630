package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChildUnsafeRuleTest {

    private final ChildUnsafeRule rule = new ChildUnsafeRule();

    @Test
    void fires_when_a_foster_child_is_beaten_and_goes_back_tonight() {
        assertThat(rule.evaluate(RuleText.of("Mijn zoon (14) vertelde vandaag dat zijn pleegvader hem met de riem slaat. Hij moet vanavond terug naar het pleeggezin."))).isPresent();
    }

    @Test
    void fires_on_a_child_left_alone_now() {
        assertThat(rule.evaluate(RuleText.of("De kinderen van de buren (3 en 5) zijn sinds gisteren alleen gelaten in het huis."))).isPresent();
    }

    @Test
    void stays_silent_about_an_adult_without_danger() {
        assertThat(rule.evaluate(RuleText.of("Mijn zoon is 34 en vindt de wachttijd bij de ggz te lang."))).isEmpty();
    }

    @Test
    void stays_silent_about_abuse_in_childhood_long_ago() {
        assertThat(rule.evaluate(RuleText.of("Als kind ben ik in een tehuis mishandeld, dertig jaar geleden. Ik wil weten of dat gemeld is."))).isEmpty();
    }

    @Test
    void fires_on_a_foster_child_left_outside_tonight() {
        assertThat(rule.evaluate(RuleText.of("Een meisje van tien zat vanavond weer buiten op de stoep, ze mocht niet meer binnen komen."))).isPresent();
    }

    @Test
    void fires_on_a_girl_afraid_to_sleep_at_the_institution() {
        assertThat(rule.evaluate(RuleText.of("Mijn dochter (13) durft niet te slapen omdat een jongen 's nachts haar kamer in komt; hij woont er nog steeds."))).isPresent();
    }

    @Test
    void fires_on_a_baby_with_unexplained_fractures_sent_home() {
        assertThat(rule.evaluate(RuleText.of("Een baby met onverklaarde botbreuken is sinds gisteren weer thuis bij de ouders."))).isPresent();
    }
}
