package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicHealthThreatReportRuleTest {

    private final PublicHealthThreatReportRule rule = new PublicHealthThreatReportRule();

    @Test
    void fires_on_a_two_day_mdr_report() {
        assertThat(rule.evaluate(RuleText.of("Melding ernstige bedreiging van de volksgezondheid (termijn 2 dagen). Zelftest lot H2310 geeft vals-negatieve uitslagen."))).isPresent();
    }

    @Test
    void stays_silent_on_a_routine_incident_report() {
        assertThat(rule.evaluate(RuleText.of("Melding incident medisch hulpmiddel: een rolstoelband is lekgeraakt, geen letsel."))).isEmpty();
    }
}
