package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuicideRiskRuleTest {

    private final SuicideRiskRule rule = new SuicideRiskRule();

    @Test
    void fires_on_farewell_messages_and_stated_intention() {
        assertThat(rule.evaluate(RuleText.of("Dochter belt: haar vader is gisteren ontslagen uit de kliniek en heeft vandaag afscheidsberichten gestuurd. Hij zegt dat het vanavond klaar is."))).isPresent();
    }

    @Test
    void fires_on_calm_mention_of_suicidal_thoughts() {
        assertThat(rule.evaluate(RuleText.of("Mijn zoon (17) is suïcidaal en staat al maanden op de wachtlijst. Wat kan ik doen?"))).isPresent();
    }

    @Test
    void stays_silent_when_suicidal_thoughts_are_denied() {
        assertThat(rule.evaluate(RuleText.of("Bij de intake is gevraagd naar stemming; er waren geen suïcidale gedachten. Ik ben ontevreden over de wachttijd."))).isEmpty();
    }

    @Test
    void stays_silent_about_an_attempt_long_ago() {
        assertThat(rule.evaluate(RuleText.of("Twintig jaar geleden heb ik een poging gedaan en was ik suïcidaal; nu wil ik alleen mijn dossier inzien."))).isEmpty();
    }

    @Test
    void fires_when_someone_says_he_is_going_to_end_it() {
        assertThat(rule.evaluate(RuleText.of("Hij belde vannacht en zei dat hij er een eind aan gaat maken; hij neemt niet op."))).isPresent();
    }

    @Test
    void fires_on_a_whole_strip_of_pills_taken() {
        assertThat(rule.evaluate(RuleText.of("Mijn zoon heeft een uur geleden een hele strip paracetamol ingenomen na een ruzie."))).isPresent();
    }

    @Test
    void stays_silent_on_a_past_attempt_after_recovery() {
        assertThat(rule.evaluate(RuleText.of("Vorige maand deed een jongere een suïcidepoging; zij is inmiddels hersteld. Moeten wij dat melden?"))).isEmpty();
    }
}
