package nl.meldpunt.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewAttachment;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.casework.HistoryAction;
import nl.meldpunt.casework.ReporterRelation;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkListAndCasePageTest extends IntegrationTest {

    @Autowired
    CaseRegistration registration;

    @Autowired
    CaseQueries queries;

    StaffBrowser browser;

    @BeforeAll
    void startBrowser() {
        browser = new StaffBrowser(baseUrl());
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    /** A case with a unique invented word in its text, so a full-text search finds exactly this one. */
    String registerCase(String word, List<NewAttachment> attachments) {
        NewCase intake = new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", "ELDERLY_CARE", "HIGH",
                List.of("ATTITUDE"), "Mijn vader lag uren in een natte luier in verpleeghuis " + word
                        + ". <script>alert(1)</script>",
                null, null,
                new NewReporter(false, ReporterRelation.RELATIVE, "Testpersoon " + word, "test@example.org",
                        "0612345678", null, ContactPreference.PHONE),
                List.of(NewSubject.provider("Zorgcentrum De Testhof", "Utrecht", "12345678")), attachments, null);
        return registration.register(intake).caseNumber().value();
    }

    static String uniqueWord() {
        StringBuilder letters = new StringBuilder("zorgwoord");
        UUID.randomUUID().toString().replace("-", "").chars().limit(10)
                .forEach(c -> letters.append((char) (c <= '9' ? 'g' + (c - '0') : c)));
        return letters.toString();
    }

    @Test
    void officer_finds_a_case_by_a_word_from_its_text_and_opens_it() {
        String word = uniqueWord();
        String number = registerCase(word, List.of());
        Page page = browser.loginAs("intake");
        page.navigate(browser.url("/werk"));
        StaffBrowser.assertAccessible(page);
        page.fill("#q", word);
        page.click("#worklist-filters button[type=submit]");
        page.locator("#worklist-results a:text('" + number + "')").click();
        page.waitForURL("**/zaken/" + number);
        assertThat(page.locator("h1").textContent()).contains(number);
        assertThat(page.locator("#case-description").textContent()).contains(word).contains("<script>");
        assertThat(page.locator("#reporter-name").textContent()).contains("Testpersoon");
        assertThat(page.content()).contains("Ouderenzorg");
        StaffBrowser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void reporter_details_are_shielded_from_analysts_and_inspectors() {
        String word = uniqueWord();
        String number = registerCase(word, List.of());
        for (String user : List.of("analyst", "inspector")) {
            Page page = browser.loginAs(user);
            page.navigate(browser.url("/zaken/" + number));
            assertThat(page.locator("#reporter").textContent()).contains("Afgeschermd");
            assertThat(page.content()).doesNotContain("Testpersoon").doesNotContain("0612345678");
            page.context().close();
        }
    }

    @Test
    void a_stale_classification_edit_shows_a_conflict_and_keeps_the_input() {
        String number = registerCase(uniqueWord(), List.of());
        Page page = browser.loginAs("senior");
        page.navigate(browser.url("/zaken/" + number));
        // Someone else changes the case meanwhile.
        var other = browser.loginAs("intake");
        other.navigate(browser.url("/zaken/" + number));
        other.selectOption("#sector", "HOME_CARE");
        other.waitForNavigation(() -> other.click("#classification-edit button[type=submit]"));
        other.context().close();

        page.selectOption("#sector", "MENTAL_HEALTH");
        page.fill("#inspectorSummary", "Mijn eigen samenvatting");
        var response = page.waitForResponse(r -> r.url().endsWith("/classificatie"),
                () -> page.click("#classification-edit button[type=submit]"));
        assertThat(response.status()).isEqualTo(409);
        assertThat(page.locator("#form-message").textContent()).contains("Iemand anders");
        assertThat(page.locator("#sector").inputValue()).isEqualTo("MENTAL_HEALTH");
        assertThat(page.locator("#inspectorSummary").inputValue()).isEqualTo("Mijn eigen samenvatting");
        StaffBrowser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void classification_and_status_changes_show_in_the_history_in_dutch() {
        String number = registerCase(uniqueWord(), List.of());
        Page page = browser.loginAs("intake");
        page.navigate(browser.url("/zaken/" + number));
        page.selectOption("#urgency", "ACUTE");
        page.fill("#reason", "Gevaar duurt voort");
        // Each POST redirects back to the same URL, so wait for the navigation itself, not for the URL.
        page.waitForNavigation(() -> page.click("#classification-edit button[type=submit]"));
        page.waitForNavigation(() -> page.click("#status-change button[value=IN_PROGRESS]"));
        String history = page.locator("#history").textContent();
        assertThat(history).contains("Urgentie: Hoog \u2192 Acuut").contains("Gevaar duurt voort")
                .contains("Status: Ontvangen \u2192 In behandeling");
        assertThat(page.locator("#case-status").textContent()).isEqualTo("In behandeling");
        page.context().close();
    }

    @Test
    void attachment_download_is_safe_and_recorded_in_the_history() {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();
        String number = registerCase(uniqueWord(), List.of(new NewAttachment("../brief \"x\".pdf", "application/pdf", pdf)));
        Page page = browser.loginAs("intake");
        page.navigate(browser.url("/zaken/" + number));
        String href = page.locator("a[download]").first().getAttribute("href");
        var response = page.request().get(browser.url(href));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-disposition")).startsWith("attachment").doesNotContain("..");
        assertThat(response.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.body()).isEqualTo(pdf);
        long id = queries.idOf(number).orElseThrow();
        assertThat(queries.history(id)).anyMatch(h -> h.action() == HistoryAction.ATTACHMENT_DOWNLOADED
                && "intake".equals(h.actor()));
        page.context().close();
    }

    @Test
    void malformed_addresses_are_a_400_and_unknown_cases_a_404_never_an_error() {
        Page page = browser.loginAs("intake");
        var malformed = page.navigate(browser.url("/werk?page=abc"));
        assertThat(malformed.status()).as("answered at %s", page.url()).isEqualTo(400);
        assertThat(page.navigate(browser.url("/zaken/MP-2026-000001/bijlagen/abc")).status()).isEqualTo(400);
        assertThat(page.navigate(browser.url("/zaken/MP-1900-999999")).status()).isEqualTo(404);
        assertThat(page.navigate(browser.url("/zaken/iets-anders")).status()).isEqualTo(404);
        page.context().close();
    }
}
