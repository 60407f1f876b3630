package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutbreakOngoingRuleTest {

    private final OutbreakOngoingRule rule = new OutbreakOngoingRule();

    @Test
    void fires_on_an_outbreak_at_a_day_care_that_stays_open() {
        assertThat(rule.evaluate(RuleText.of("Op de crèche hebben zes kinderen diarree en koorts, één is opgenomen. "
                + "De crèche blijft gewoon open en de GGD is nog niet ingelicht."))).isPresent();
    }

    @Test
    void fires_on_a_resistant_bacterium_with_unknown_source() {
        assertThat(rule.evaluate(RuleText.of("Op de afdeling is bij vier patiënten een resistente bacterie gevonden; "
                + "de bron is nog onbekend."))).isPresent();
    }

    @Test
    void stays_silent_on_a_contained_outbreak() {
        assertThat(rule.evaluate(RuleText.of("Er was een uitbraak van legionella in een sporthal. De installatie is "
                + "afgesloten en de bron is gevonden en gesaneerd."))).isEmpty();
    }

    @Test
    void fires_on_resistant_bacteria_while_the_ward_stays_open() {
        assertThat(rule.evaluate(RuleText.of("Drie baby's positief op multiresistente Klebsiella, de bron is nog onbekend en de afdeling is nog open."))).isPresent();
    }

    @Test
    void fires_when_new_residents_are_still_placed_during_diphtheria() {
        assertThat(rule.evaluate(RuleText.of("Veertien bewoners ziek met difterie; nieuwe bewoners worden nog steeds geplaatst."))).isPresent();
    }
}
