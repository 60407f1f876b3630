package nl.meldpunt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.meldpunt.casework.CaseRegistered;
import nl.meldpunt.casework.Channel;
import org.junit.jupiter.api.Test;

class ClockStartRulesTest {

    private static CaseRegistered registered(String urgency, boolean wantsContact) {
        return new CaseRegistered(1L, "MP-2026-000001", Channel.WEB_FORM, "COMPLAINT", "CITIZEN", urgency,
                Instant.parse("2026-03-09T09:00:00Z"), wantsContact, 0);
    }

    @Test
    void callback_clock_starts_when_the_person_wants_contact() {
        assertThat(CallbackClockRule.clockFor(registered("NORMAL", true))).contains("CALLBACK");
    }

    @Test
    void callback_clock_does_not_start_without_contact_wish() {
        assertThat(CallbackClockRule.clockFor(registered("NORMAL", false))).isEmpty();
    }

    @Test
    void triage_clock_follows_the_urgency() {
        assertThat(TriageClockRule.clockFor(registered("ACUTE", false))).isEqualTo("TRIAGE_ACUTE");
        assertThat(TriageClockRule.clockFor(registered("HIGH", false))).isEqualTo("TRIAGE_HIGH");
        assertThat(TriageClockRule.clockFor(registered("NORMAL", false))).isEqualTo("TRIAGE_NORMAL");
    }

    @Test
    void triage_clock_is_normal_when_urgency_is_unknown() {
        assertThat(TriageClockRule.clockFor(registered(null, true))).isEqualTo("TRIAGE_NORMAL");
    }
}
