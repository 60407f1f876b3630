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
}
