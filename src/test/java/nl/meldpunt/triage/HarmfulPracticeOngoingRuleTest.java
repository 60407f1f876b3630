package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HarmfulPracticeOngoingRuleTest {

    private final HarmfulPracticeOngoingRule rule = new HarmfulPracticeOngoingRule();

    @Test
    void fires_on_a_healer_who_tells_patients_to_stop_chemotherapy_and_treats_daily() {
        assertThat(rule.evaluate(RuleText.of("Een genezer zegt tegen kankerpatiënten dat ze moeten stoppen met de "
                + "chemo. Mijn tante gaat er elke dag heen en wordt steeds zwakker."))).isPresent();
    }

    @Test
    void fires_on_fillers_without_a_doctor_while_the_clinic_advertises() {
        assertThat(rule.evaluate(RuleText.of("De salon zet fillers zonder arts erbij en maakt deze week reclame met "
                + "kortingen. Twee vriendinnen kregen een ontsteking."))).isPresent();
    }

    @Test
    void stays_silent_when_nothing_suggests_it_goes_on() {
        assertThat(rule.evaluate(RuleText.of("Na een behandeling vorig jaar kreeg ik een abces, dat de huisarts "
                + "goed heeft behandeld."))).isEmpty();
    }

    @Test
    void fires_on_fillers_at_home_with_a_party_this_weekend() {
        assertThat(rule.evaluate(RuleText.of("Ze zet botox en fillers aan huis voor 99 euro en houdt dit weekend een filler party."))).isPresent();
    }

    @Test
    void fires_on_a_healer_telling_cancer_patients_to_stop_chemotherapy() {
        assertThat(rule.evaluate(RuleText.of("Een genezer vertelt kankerpatiënten dat ze moeten stoppen met "
                + "chemotherapie; mijn buurman is gestopt en gaat hard achteruit."))).isPresent();
    }

    @Test
    void stays_silent_when_someone_stopped_chemotherapy_with_the_doctor_and_nothing_goes_on() {
        assertThat(rule.evaluate(RuleText.of("Mijn vader is in overleg met de oncoloog gestopt met chemotherapie en "
                + "krijgt nu palliatieve zorg."))).isEmpty();
    }
}
