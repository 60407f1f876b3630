package nl.meldpunt.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.web.StaffBrowser;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The correspondence section of a case in a real browser: compose, preview, refusal shown, authorise, send. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrespondencePageBrowserTest extends IntegrationTest {

    @Autowired CaseRegistration registration;

    StaffBrowser browser;

    @BeforeAll
    void start() {
        browser = new StaffBrowser(baseUrl());
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void officer_previews_a_provider_letter_sees_the_refusal_records_authorisation_and_sends_it() {
        String number = CorrespondenceApiClient.registerComplaint(registration, "Ria Rozendaal", "ria@example.org");
        Page page = browser.loginAs("intake");
        page.navigate(browser.url("/zaken/" + number));
        page.locator("#correspondence-summary").waitFor();
        assertThat(page.locator("#correspondence").innerText()).contains("Niet gemachtigd");
        StaffBrowser.assertAccessible(page);

        page.locator("#correspondence a", new Page.LocatorOptions().setHasText("Brieven, e-mails")).click();
        page.waitForURL("**/zaken/" + number + "/correspondentie");
        page.selectOption("#template", "PROVIDER_LETTER");
        page.selectOption("#recipient", "PROVIDER");
        page.fill("#recipientAddress", "Postbus 1\n3500 AA Utrecht");
        page.click("button[value=preview]");
        assertThat(page.locator("#preview-subject").innerText()).contains(number);
        assertThat(page.locator("#preview-body").innerText()).contains("Ria Rozendaal", "verkeerde medicijnen");
        assertThat(page.locator("#send-refusal").innerText()).contains("geen geldige machtiging");
        assertThat(page.inputValue("#recipientAddress")).contains("3500 AA Utrecht");
        StaffBrowser.assertAccessible(page);

        page.click("#send-button");
        assertThat(page.locator("#send-refusal").innerText()).contains("Niet verstuurd");
        assertThat(page.locator("#sent-items").count()).isZero();

        page.fill("#givenOn", "2026-01-05");
        page.check("#scope-BOTH");
        page.check("#form-VERBAL");
        page.fill("#note", "Mevrouw gaf telefonisch toestemming om naam en klacht te noemen.");
        page.click("#authorisation-form button[type=submit]");
        assertThat(page.locator("#authorisations").innerText()).contains("Naam en inhoud van de klacht", "Geldig");
        StaffBrowser.assertAccessible(page);

        page.selectOption("#template", "PROVIDER_LETTER");
        page.selectOption("#recipient", "PROVIDER");
        page.fill("#recipientAddress", "Postbus 1\n3500 AA Utrecht");
        page.click("button[value=preview]");
        assertThat(page.locator("#send-refusal").count()).isZero();
        page.click("#send-button");
        assertThat(page.locator(".mp-ok").innerText()).contains("verstuurd");
        assertThat(page.locator("#sent-items").innerText()).contains("Brief aan zorgaanbieder", "Zorgaanbieder");
        StaffBrowser.assertAccessible(page);

        page.navigate(browser.url("/zaken/" + number));
        page.locator("#correspondence-summary").waitFor();
        assertThat(page.locator("#correspondence-summary").innerText()).contains("Gemachtigd");
        assertThat(page.locator("#history").innerText()).contains("Machtiging vastgelegd", "Brief of e-mail verstuurd");
        page.context().close();
    }

    @Test
    void administrator_adds_a_template_and_an_unknown_placeholder_is_named() {
        String code = "TEST_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Page page = browser.loginAs("admin");
        page.navigate(browser.url("/admin/correspondentie"));
        assertThat(page.locator("#admin-templates").innerText()).contains("PROVIDER_LETTER", "REFERRAL");
        assertThat(page.locator("#admin-organisations").innerText()).contains("Veilig Thuis", "Lareb");
        StaffBrowser.assertAccessible(page);

        page.navigate(browser.url("/admin/correspondentie/sjablonen/nieuw"));
        page.fill("#code", code);
        page.fill("#titleNl", "Testbrief");
        page.fill("#subjectNl", "Over {{zaaknummer}}");
        page.fill("#bodyNl", "Beste {{naam}},\n\n{{bestaatniet}}");
        page.fill("#titleEn", "Test letter");
        page.fill("#subjectEn", "About {{zaaknummer}}");
        page.fill("#bodyEn", "Dear {{naam}}");
        page.click("#template-form button[type=submit]");
        assertThat(page.locator("#bodyNl-error").innerText()).contains("{{bestaatniet}}");
        assertThat(page.inputValue("#subjectNl")).isEqualTo("Over {{zaaknummer}}");
        StaffBrowser.assertAccessible(page);

        page.fill("#bodyNl", "Beste {{naam}},\n\nDit is een test.");
        page.click("#template-form button[type=submit]");
        page.waitForURL("**/admin/correspondentie");
        assertThat(page.locator("#admin-templates").innerText()).contains(code);
        page.context().close();
    }
}
