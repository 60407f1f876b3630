package nl.meldpunt.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.casework.NewAttachment;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.platform.Amsterdam;
import org.junit.jupiter.api.Test;

class PhoneIntakeRulesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), Amsterdam.ZONE);

    private static PhoneIntakeForm form(String channel, String emailText, boolean anonymous, String preference,
            String phone, String occurredOn) {
        return new PhoneIntakeForm(channel, "Samenvatting", emailText, anonymous, "Naam", phone, null, null, null,
                preference, null, null, null, null, null, null, null, null, occurredOn, null, null, null, null, null);
    }

    private static Map<String, String> check(PhoneIntakeForm form, List<NewAttachment> files, Clock clock) {
        Map<String, String> errors = new HashMap<>();
        PhoneIntake.check(form, files, clock, errors);
        return errors;
    }

    @Test
    void a_letter_needs_its_scan() {
        assertThat(check(form("LETTER", null, true, null, null, null), List.of(), clock))
                .containsEntry("files", "casework.intake.error.letterNeedsScan");
    }

    @Test
    void an_email_needs_its_text_or_the_eml_file() {
        assertThat(check(form("EMAIL", null, true, null, null, null), List.of(), clock))
                .containsKey("emailText");
        assertThat(check(form("EMAIL", null, true, null, null, null),
                List.of(new NewAttachment("m.eml", "message/rfc822", new byte[] {1})), clock)).isEmpty();
        assertThat(check(form("EMAIL", "From: x", true, null, null, null), List.of(), clock)).isEmpty();
    }

    @Test
    void a_callback_by_phone_needs_a_phone_number_unless_anonymous() {
        assertThat(check(form("PHONE", null, false, "PHONE", null, null), List.of(), clock))
                .containsEntry("reporterPhone", "casework.intake.error.phoneForCallback");
        assertThat(check(form("PHONE", null, true, "PHONE", null, null), List.of(), clock)).isEmpty();
    }

    @Test
    void web_form_and_api_are_not_channels_an_officer_registers_by_hand() {
        assertThat(check(form("WEB_FORM", null, true, null, null, null), List.of(), clock)).containsKey("channel");
    }

    @Test
    void the_event_cannot_lie_in_the_future() {
        assertThat(check(form("PHONE", null, true, null, null, "2026-11-24"), List.of(), clock))
                .containsEntry("occurredOn", "casework.intake.error.dateInFuture");
        assertThat(check(form("PHONE", null, true, null, null, "2026-11-23"), List.of(), clock)).isEmpty();
    }

    @Test
    void an_anonymous_reporter_keeps_no_personal_data() {
        NewCase c = PhoneIntake.toNewCase(form("PHONE", null, true, "PHONE", "0612345678", null), List.of(), "---");
        assertThat(c.reporter().anonymous()).isTrue();
        assertThat(c.reporter().name()).isNull();
        assertThat(c.reporter().phone()).isNull();
    }

    @Test
    void pasted_email_text_is_kept_below_the_summary() {
        NewCase c = PhoneIntake.toNewCase(form("EMAIL", "Geachte inspectie,", true, null, null, null), List.of(),
                "--- e-mail ---");
        assertThat(c.description()).isEqualTo("Samenvatting\n\n--- e-mail ---\nGeachte inspectie,");
    }
}
