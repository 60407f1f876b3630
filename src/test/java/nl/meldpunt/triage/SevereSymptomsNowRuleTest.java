package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SevereSymptomsNowRuleTest {

    private final SevereSymptomsNowRule rule = new SevereSymptomsNowRule();

    @Test
    void fires_on_swelling_after_an_extraction_that_gets_worse_now() {
        assertThat(rule.evaluate(RuleText.of("Gisteren is bij de tandarts een kies getrokken. Mijn keel is nu erg "
                + "gezwollen en slikken lukt niet meer, het wordt steeds erger."))).isPresent();
    }

    @Test
    void fires_on_english_chest_pain_while_still_waiting() {
        assertThat(rule.evaluate(RuleText.of("My mother is still waiting in the corridor with chest pain, nobody has "
                + "seen her."))).isPresent();
    }

    @Test
    void stays_silent_on_symptoms_told_as_a_past_story() {
        assertThat(rule.evaluate(RuleText.of("Vorig jaar had mijn vader pijn op de borst en moest hij lang wachten op "
                + "de cardioloog. Inmiddels is alles opgelost."))).isEmpty();
        assertThat(rule.evaluate(RuleText.of("Ze had in maart hoge koorts na de operatie; het ziekenhuis heeft dat "
                + "toen goed opgepakt."))).isEmpty();
    }

    @Test
    void stays_silent_when_the_symptom_is_negated() {
        assertThat(rule.evaluate(RuleText.of("Hij is nog steeds niet geholpen aan zijn heup, maar hij is niet "
                + "benauwd en heeft geen koorts."))).isEmpty();
    }

    @Test
    void fires_on_signs_of_a_stroke_since_this_morning() {
        assertThat(rule.evaluate(RuleText.of("Mijn vader kan sinds vanochtend zijn arm niet bewegen en praat raar; de huisarts belt misschien later."))).isPresent();
    }

    @Test
    void fires_on_heavy_blood_loss_for_an_hour() {
        assertThat(rule.evaluate(RuleText.of("Ze verliest al een uur veel bloed en wordt heel wit, de verloskundige wil geen ambulance."))).isPresent();
    }

    @Test
    void fires_on_a_baby_that_is_not_felt_moving_since_last_night() {
        assertThat(rule.evaluate(RuleText.of("Ze voelt de baby sinds gisteravond helemaal niet meer bewegen."))).isPresent();
    }

    @Test
    void stays_silent_on_blurred_vision_last_year() {
        assertThat(rule.evaluate(RuleText.of("Vorig jaar zag ik na de ooglaser een paar weken wazig, dat is helemaal over."))).isEmpty();
    }
}
