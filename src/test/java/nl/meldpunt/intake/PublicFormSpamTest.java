package nl.meldpunt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.meldpunt.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Spam protection without CAPTCHA: nothing a real person sends is ever lost. */
class PublicFormSpamTest extends PublicFormBrowserSupport {

    /** Every way a test browser on this machine can appear to the server. */
    private static final List<String> LOCAL_ADDRESSES = List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    SpamRateLimit rateLimit;

    @Autowired
    nl.meldpunt.casework.CaseQueries cases;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void filled_honeypot_creates_no_case_but_is_kept_in_quarantine_with_its_files() {
        openForm();
        String description = marker("Goedkope pillen online");
        fillRequired("QUESTION", description, "OTHER");
        page.check("#contactPreference-EMAIL");
        page.fill("#email", "bot@example.org");
        page.setInputFiles("#files", file("spam.pdf", "application/pdf", PDF));
        page.evaluate("document.getElementById('homepage').value = 'https://spam.example'");

        submit();
        page.waitForURL("**/melden/ontvangen/**");

        assertThat(page.isVisible("#case-number")).isFalse();
        assertThat(page.textContent("#next-step")).contains("Een medewerker bekijkt uw bericht");
        assertThat(casesDescribedAs(description)).isZero();
        var row = jdbc.sql("""
                SELECT q.id, q.reason, q.submission->>'email' AS email,
                    (SELECT count(*) FROM spam_quarantine_attachment a WHERE a.quarantine_id = q.id) AS files
                FROM spam_quarantine q WHERE q.submission->>'description' = :d
                """)
                .param("d", description)
                .query((rs, n) -> List.of(rs.getString("reason"), rs.getString("email"), rs.getLong("files")))
                .single();
        assertThat(row).containsExactly("HONEYPOT", "bot@example.org", 1L);
    }

    @Test
    void staff_register_a_quarantined_submission_as_a_case_after_all() {
        openForm();
        String description = marker("Toch een echte klacht");
        fillRequired("COMPLAINT", description, "PATIENT");
        page.check("#anonymous");
        page.setInputFiles("#files", file("foto.pdf", "application/pdf", PDF));
        page.evaluate("document.getElementById('homepage').value = 'autofill'");
        submit();
        page.waitForURL("**/melden/ontvangen/**");
        long id = jdbc.sql("SELECT id FROM spam_quarantine WHERE submission->>'description' = :d")
                .param("d", description).query(Long.class).single();

        page.navigate(baseUrl() + "/login");
        page.fill("#username", "intake");
        page.fill("#password", "intake");
        page.click("button[type=submit]");
        page.waitForURL("**/werk**");
        page.navigate(baseUrl() + "/intake/quarantaine");
        assertThat(page.textContent("#entry-" + id)).contains(description);
        assertNoSeriousViolations(page);
        page.click("#entry-" + id + " form[action$='/registreren'] button");

        page.waitForURL("**/intake/quarantaine");
        String text = page.textContent("[role=status]");
        String number = text.replaceAll(".*(MP-\\d{4}-\\d{6}).*", "$1").strip();
        assertThat(casesDescribedAs(description)).isEqualTo(1);
        assertThat(cases.find(number, true).orElseThrow().attachments()).singleElement()
                .satisfies(a -> assertThat(a.contentType()).isEqualTo("application/pdf"));
        assertThat(page.isVisible("#entry-" + id)).isFalse();
        assertThat(jdbc.sql("SELECT outcome FROM spam_quarantine WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("REGISTERED");
    }

    @Test
    void the_honeypot_is_hidden_from_people_keyboards_and_screen_readers() {
        openForm();
        assertThat(page.getAttribute("#homepage", "tabindex")).isEqualTo("-1");
        assertThat(page.getAttribute("#homepage", "autocomplete")).isEqualTo("off");
        assertThat(page.getAttribute(".mp-honeypot", "aria-hidden")).isEqualTo("true");
        var box = page.locator("#homepage").boundingBox();
        assertThat(box.x + box.width).isLessThan(0);
    }

    @Test
    void over_the_rate_limit_the_form_comes_back_with_429_and_everything_kept() {
        Instant now = Instant.parse("2031-03-04T10:00:00Z");
        clock.fixAt(now);
        for (String address : LOCAL_ADDRESSES) {
            for (int i = 0; i < rateLimit.maxSubmissions(); i++) {
                jdbc.sql("INSERT INTO spam_rate_event (address_hash, at) VALUES (:h, :at)")
                        .param("h", SpamRateLimit.hash(address))
                        .param("at", Timestamp.from(now.minusSeconds(60)))
                        .update();
            }
        }
        openForm();
        String description = marker("Te veel formulieren");
        fillRequired("COMPLAINT", description, "PATIENT");
        page.check("#contactPreference-PHONE");
        page.fill("#phone", "0201234567");
        page.setInputFiles("#files", file("bijlage.pdf", "application/pdf", PDF));

        Response response = submit();

        assertThat(response.status()).isEqualTo(429);
        assertThat(page.textContent("#rate-limit")).contains("Wacht 10 minuten");
        assertThat(page.inputValue("#description")).isEqualTo(description);
        assertThat(page.inputValue("#phone")).isEqualTo("0201234567");
        assertThat(page.isChecked("#contactPreference-PHONE")).isTrue();
        assertThat(page.textContent("#held-files")).contains("Bewaard: bijlage.pdf");
        assertThat(casesDescribedAs(description)).isZero();
        assertNoSeriousViolations(page);

        clock.fixAt(now.plusSeconds(11 * 60));
        submitAndReadNumber();
        assertThat(casesDescribedAs(description)).isEqualTo(1);
    }

    @Test
    void a_form_filled_too_fast_is_registered_and_only_flagged() {
        clock.fixAt(Instant.now());
        openForm();
        String description = marker("Snel ingevuld");
        fillRequired("QUESTION", description, "PATIENT");
        page.check("#anonymous");

        String number = submitAndReadNumber();

        assertThat(jdbc.sql("SELECT reason FROM public_form_flag WHERE case_number = :n")
                .param("n", number).query(String.class).list()).containsExactly("FILLED_TOO_FAST");
    }

    @Test
    void a_form_filled_at_human_speed_is_not_flagged() {
        clock.fixAt(Instant.now());
        openForm();
        fillRequired("QUESTION", marker("Rustig ingevuld"), "PATIENT");
        page.check("#anonymous");
        clock.advance(java.time.Duration.ofMinutes(3));

        String number = submitAndReadNumber();

        assertThat(jdbc.sql("SELECT count(*) FROM public_form_flag WHERE case_number = :n")
                .param("n", number).query(Long.class).single()).isZero();
    }

    private long casesDescribedAs(String description) {
        return jdbc.sql("SELECT count(*) FROM case_file WHERE description = :d")
                .param("d", description).query(Long.class).single();
    }
}
