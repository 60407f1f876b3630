package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EssentialCareMissingRuleTest {

    private final EssentialCareMissingRule rule = new EssentialCareMissingRule();

    @Test
    void fires_when_medication_has_been_missing_for_days() {
        assertThat(rule.evaluate(RuleText.of("Mijn vader heeft sinds zaterdag zijn levodopa niet gekregen, de rol was op. Het is nu dinsdag."))).isPresent();
    }

    @Test
    void fires_on_someone_lying_on_the_floor_now() {
        assertThat(rule.evaluate(RuleText.of("De buurman ligt nu al uren op de grond en reageert niet op aanbellen."))).isPresent();
    }

    @Test
    void stays_silent_on_a_missing_letter() {
        assertThat(rule.evaluate(RuleText.of("Ik heb geen brief gekregen over mijn afspraak en wil graag informatie."))).isEmpty();
    }

    @Test
    void fires_when_home_care_has_not_come_for_days() {
        assertThat(rule.evaluate(RuleText.of("Sinds donderdag is er niemand meer geweest van de wijkverpleging en ze drinkt bijna niets."))).isPresent();
    }

    @Test
    void fires_when_no_nurse_is_scheduled_for_the_coming_nights() {
        assertThat(rule.evaluate(RuleText.of("Voor de komende nachten is op de afdeling geen enkele verpleegkundige ingeroosterd."))).isPresent();
    }

    @Test
    void fires_when_anti_epileptics_have_not_been_given_for_days() {
        assertThat(rule.evaluate(RuleText.of("Zij heeft sinds drie dagen haar anti-epileptica niet gekregen en heeft vandaag vier aanvallen gehad."))).isPresent();
    }

    @Test
    void fires_when_home_care_has_not_come_for_two_days() {
        assertThat(rule.evaluate(RuleText.of("De thuiszorg komt al twee dagen niet bij mijn vader, die insuline nodig heeft."))).isPresent();
    }
}
