package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OngoingCoercionRuleTest {

    private final OngoingCoercionRule rule = new OngoingCoercionRule();

    @Test
    void fires_on_seclusion_for_days() {
        assertThat(rule.evaluate(RuleText.of("Mijn zoon zit al negen dagen in de separeer en heeft nog geen psychiater gezien."))).isPresent();
    }

    @Test
    void fires_on_calm_wording_about_daily_restraint() {
        assertThat(rule.evaluate(RuleText.of("Ik wilde even vragen of het normaal is dat mijn moeder elke nacht wordt vastgebonden aan haar bed."))).isPresent();
    }

    @Test
    void stays_silent_when_restraint_has_ended() {
        assertThat(rule.evaluate(RuleText.of("In 2019 ben ik vastgebonden op de afdeling, dat is niet langer het geval maar ik wil er een klacht over indienen."))).isEmpty();
    }

    @Test
    void fires_on_a_client_strapped_into_a_wheelchair_every_afternoon() {
        assertThat(rule.evaluate(RuleText.of("Sinds een week wordt hij 's middags in zijn rolstoel met een tafelblad vastgezet; vandaag weer."))).isPresent();
    }

    @Test
    void fires_on_residents_locked_in_a_bathroom_by_the_night_shift() {
        assertThat(rule.evaluate(RuleText.of("De nachtdienst sluit bewoners die onrustig zijn op in de badkamer. Vannacht werkt zij weer."))).isPresent();
    }

    @Test
    void stays_silent_on_a_dental_crown_that_was_fixed_again() {
        assertThat(rule.evaluate(RuleText.of("De kroon zat los en is al twee keer opnieuw vastgezet; ik wil een klacht indienen."))).isEmpty();
    }

    @Test
    void fires_on_staff_holding_a_child_down_every_evening_in_english() {
        assertThat(rule.evaluate(RuleText.of("Staff hold my son down on the floor every evening when he refuses to go "
                + "to his room; he struggles to breathe."))).isPresent();
        assertThat(rule.evaluate(RuleText.of("They pinned her down again last night."))).isPresent();
    }

    @Test
    void stays_silent_on_holding_down_long_ago() {
        assertThat(rule.evaluate(RuleText.of("Years ago staff held me down once; that no longer happens."))).isEmpty();
    }
}
