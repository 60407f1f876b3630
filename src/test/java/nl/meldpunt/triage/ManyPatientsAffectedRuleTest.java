package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManyPatientsAffectedRuleTest {

    private final ManyPatientsAffectedRule rule = new ManyPatientsAffectedRule();

    @Test
    void fires_when_forty_clients_are_without_care_today() {
        assertThat(rule.evaluate(RuleText.of("De thuiszorgorganisatie is failliet. Ongeveer 40 cliënten krijgen vanaf vandaag geen zorg meer, ook niet voor insuline."))).isPresent();
    }

    @Test
    void stays_silent_about_a_statistic_without_current_danger() {
        assertThat(rule.evaluate(RuleText.of("In het jaarverslag staat dat 40 patiënten vorig jaar een infectie kregen. Ik vind dat veel."))).isEmpty();
    }
}
