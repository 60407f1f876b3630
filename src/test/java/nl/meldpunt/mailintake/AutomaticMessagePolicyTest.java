package nl.meldpunt.mailintake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AutomaticMessagePolicyTest {

    private static final String OWN = "meldpunt@meldpunt.example";

    private static Optional<String> reason(Map<String, String> headers, String contentType, String from) {
        return AutomaticMessagePolicy.reason(name -> headers.entrySet().stream()
                        .filter(e -> e.getKey().equalsIgnoreCase(name))
                        .map(e -> new String[] {e.getValue()})
                        .findFirst()
                        .orElse(null),
                contentType, OWN, from);
    }

    @Test
    void a_person_writing_is_not_automatic() {
        assertThat(reason(Map.of("Auto-Submitted", "no"), "text/plain", "anna@example.nl")).isEmpty();
        assertThat(reason(Map.of(), "multipart/mixed", "anna@example.nl")).isEmpty();
    }

    @Test
    void auto_submitted_out_of_office_is_automatic() {
        assertThat(reason(Map.of("Auto-Submitted", "auto-replied"), "text/plain", "a@example.nl"))
                .contains("auto-submitted");
    }

    @Test
    void precedence_bulk_junk_or_list_is_automatic() {
        for (String p : new String[] {"bulk", "junk", "list"}) {
            assertThat(reason(Map.of("Precedence", p), "text/plain", "a@example.nl")).contains("precedence");
        }
    }

    @Test
    void exchange_and_vacation_autoreply_headers_are_automatic() {
        assertThat(reason(Map.of("X-Autoreply", "yes"), "text/plain", "a@example.nl")).isPresent();
        assertThat(reason(Map.of("X-Autorespond", "x"), "text/plain", "a@example.nl")).isPresent();
    }

    @Test
    void bounces_are_automatic() {
        assertThat(reason(Map.of("Return-Path", "<>"), "text/plain", "a@example.nl")).contains("null-return-path");
        assertThat(reason(Map.of(), "text/plain", "MAILER-DAEMON@mx.example.nl")).contains("mailer-daemon");
        assertThat(reason(Map.of(), "multipart/report; report-type=delivery-status", "x@example.nl"))
                .contains("delivery-report");
    }

    @Test
    void our_own_acknowledgement_coming_back_is_automatic() {
        assertThat(reason(Map.of(AutomaticMessagePolicy.OWN_HEADER, "MP-2026-000001"), "text/plain", "a@example.nl"))
                .contains("own-acknowledgement");
        assertThat(reason(Map.of(), "text/plain", OWN.toUpperCase())).contains("own-address");
    }
}
