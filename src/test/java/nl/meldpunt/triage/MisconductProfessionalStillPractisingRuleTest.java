package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MisconductProfessionalStillPractisingRuleTest {

    private final MisconductProfessionalStillPractisingRule rule = new MisconductProfessionalStillPractisingRule();

    @Test
    void fires_on_a_dismissed_physiotherapist_who_works_elsewhere_now() {
        assertThat(rule.evaluate(RuleText.of("Een collega is vorig jaar ontslagen omdat hij patiënten ongepast "
                + "aanraakte. Ik hoorde dat hij nu als fysiotherapeut bij een praktijk in Oosterdorp werkt."))).isPresent();
    }

    @Test
    void fires_although_the_dismissal_is_told_as_done() {
        assertThat(rule.evaluate(RuleText.of("De verpleegkundige is inmiddels ontslagen wegens diefstal van morfine, "
                + "maar werkt nu via een uitzendbureau in een verpleeghuis."))).isPresent();
    }

    @Test
    void stays_silent_on_a_dismissal_without_work_elsewhere() {
        assertThat(rule.evaluate(RuleText.of("Melding beëindiging arbeidsovereenkomst wegens seksueel "
                + "grensoverschrijdend gedrag. De medewerker is op staande voet ontslagen."))).isEmpty();
    }

    @Test
    void stays_silent_on_a_dismissal_for_reasons_that_endanger_no_one() {
        assertThat(rule.evaluate(RuleText.of("Ze is ontslagen omdat ze vaak te laat kwam en werkt nu bij een "
                + "andere praktijk."))).isEmpty();
    }

    @Test
    void stays_silent_when_the_professional_no_longer_works_with_patients() {
        assertThat(rule.evaluate(RuleText.of("De arts is geschorst wegens seksueel misbruik en werkt niet meer; hij "
                + "is nu werkzaam bij een verzekeraar zonder patiëntcontact."))).isEmpty();
    }

    @Test
    void fires_on_a_carer_dismissed_for_sedating_residents_now_working_via_an_agency() {
        assertThat(rule.evaluate(RuleText.of("Zij is ontslagen omdat zij bewoners zonder voorschrift lorazepam gaf; nu draait zij via een uitzendbureau nachtdiensten elders."))).isPresent();
    }
}
