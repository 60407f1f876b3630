package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OngoingAbuseRuleTest {

    private final OngoingAbuseRule rule = new OngoingAbuseRule();

    @Test
    void fires_when_bruises_keep_appearing() {
        assertThat(rule.evaluate(RuleText.of("Sinds twee weken zie ik blauwe plekken op de armen van mijn moeder in het verpleeghuis. Ze zegt dat die man zo ruw is."))).isPresent();
    }

    @Test
    void fires_when_a_carer_still_hits_a_client() {
        assertThat(rule.evaluate(RuleText.of("Een begeleider slaat mijn broer nog steeds als hij niet luistert."))).isPresent();
    }

    @Test
    void stays_silent_when_the_abuser_left_long_ago() {
        assertThat(rule.evaluate(RuleText.of("Vijf jaar geleden werd mijn vader mishandeld door een verzorgende. Dat was verschrikkelijk, ik heb er nog steeds nachtmerries van."))).isEmpty();
    }

    @Test
    void stays_silent_when_it_is_resolved() {
        assertThat(rule.evaluate(RuleText.of("De verzorgende die mijn moeder sloeg is inmiddels ontslagen en het gaat nu goed met haar."))).isEmpty();
    }

    @Test
    void fires_on_a_slap_heard_and_the_carer_coming_again_tomorrow() {
        assertThat(rule.evaluate(RuleText.of("Ik hoorde gisteren een klap en haar huilen. Hij komt morgen weer om acht uur."))).isPresent();
    }

    @Test
    void fires_on_a_physiotherapist_asking_for_photos_in_underwear() {
        assertThat(rule.evaluate(RuleText.of("Hij vraagt haar foto's in ondergoed te sturen; ze heeft donderdag weer een afspraak."))).isPresent();
    }
}
