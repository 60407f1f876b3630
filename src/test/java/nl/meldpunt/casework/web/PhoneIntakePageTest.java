package nl.meldpunt.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseView;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneIntakePageTest extends IntegrationTest {

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

    @Test
    void officer_searches_first_then_registers_a_phone_call_and_lands_on_the_new_case() {
        String word = WorkListAndCasePageTest.uniqueWord();
        String surname = "Belder" + word.substring(9, 14);
        String earlier = registration.register(new NewCase(Channel.WEB_FORM, null, null, null, null, null,
                "Eerdere klacht over " + word, null, null,
                new NewReporter(false, null, "Karin " + surname, null, "0201234567", null, ContactPreference.PHONE),
                null, null, null)).caseNumber().value();

        Page page = browser.loginAs("intake");
        page.navigate(browser.url("/intake/nieuw"));
        StaffBrowser.assertAccessible(page);
        page.locator("#intake-q").pressSequentially("Karin " + surname);
        page.locator("#search-results a:text('" + earlier + "')").first().waitFor();
        page.fill("#intake-q", earlier);
        page.locator("#search-results h3:text('Zaak met dit nummer')").waitFor();
        assertThat(page.locator("#search-results").textContent()).contains("Zaak met dit nummer").contains(earlier);

        page.fill("#description", "Beller meldt dat haar moeder in verpleeghuis " + word + " niet gewassen wordt.");
        page.fill("#reporterName", "Karin " + surname);
        page.fill("#reporterPhone", "020-1234567");
        page.selectOption("#relation", "RELATIVE");
        page.fill("#providerName", "Verpleeghuis Het Testanker");
        page.fill("#providerPlace", "Zwolle");
        page.fill("#kvkNumber", "87654321");
        page.selectOption("#kind", "COMPLAINT");
        page.selectOption("#sector", "ELDERLY_CARE");
        page.selectOption("#urgency", "NORMAL");
        page.check("#theme-SAFETY_HYGIENE");
        page.click("#intake-form button[type=submit]");
        page.waitForURL("**/zaken/MP-*");
        String number = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(page.locator(".mp-reference").textContent()).isEqualTo(number);
        assertThat(number).isNotEqualTo(earlier);

        CaseView registered = queries.find(number, true).orElseThrow();
        assertThat(registered.channel()).isEqualTo(Channel.PHONE);
        assertThat(registered.registeredBy()).isEqualTo("intake");
        assertThat(registered.sector()).isEqualTo("ELDERLY_CARE");
        assertThat(registered.themes()).containsExactly("SAFETY_HYGIENE");
        assertThat(registered.reporter().phone()).isEqualTo("020-1234567");
        assertThat(registered.subjects()).singleElement().satisfies(s -> {
            assertThat(s.place()).isEqualTo("Zwolle");
            assertThat(s.kvkNumber()).isEqualTo("87654321");
        });
        page.context().close();
    }

    @Test
    void invalid_input_shows_messages_next_to_the_fields_and_keeps_what_was_typed() throws Exception {
        Page page = browser.loginAs("intake");
        page.navigate(browser.url("/intake/nieuw"));
        page.fill("#reporterName", "Piet Proef");
        page.fill("#reporterEmail", "geen-adres");
        page.selectOption("#contactPreference", "EMAIL");
        page.fill("#kvkNumber", "123");
        page.selectOption("#channel", "LETTER");
        var response = page.waitForResponse(r -> r.url().endsWith("/intake/nieuw") && r.request().method().equals("POST"),
                () -> page.click("#intake-form button[type=submit]"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator("#description-error").textContent()).contains("Vul dit veld in");
        assertThat(page.locator("#reporterEmail-error").textContent()).contains("geldig e-mailadres");
        assertThat(page.locator("#kvkNumber-error").textContent()).contains("8 cijfers");
        assertThat(page.locator("#files-error").textContent()).contains("scan");
        assertThat(page.locator("#reporterName").inputValue()).isEqualTo("Piet Proef");
        assertThat(page.locator("#channel").inputValue()).isEqualTo("LETTER");
        StaffBrowser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void a_letter_is_registered_with_its_scan() {
        Page page = browser.loginAs("senior");
        page.navigate(browser.url("/intake/nieuw"));
        page.selectOption("#channel", "LETTER");
        page.fill("#description", "Brief van een cliënt over de thuiszorg.");
        page.check("#anonymous");
        page.setInputFiles("#files", new FilePayload("scan.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF".getBytes()));
        page.click("#intake-form button[type=submit]");
        page.waitForURL("**/zaken/MP-*");
        String number = page.url().substring(page.url().lastIndexOf('/') + 1);
        CaseView registered = queries.find(number, true).orElseThrow();
        assertThat(registered.channel()).isEqualTo(Channel.LETTER);
        assertThat(registered.reporter().anonymous()).isTrue();
        assertThat(registered.attachments()).extracting(a -> a.filename()).containsExactly("scan.pdf");
        page.context().close();
    }

    @Test
    void analysts_may_not_register_intakes() {
        Page page = browser.loginAs("analyst");
        var response = page.navigate(browser.url("/intake/nieuw"));
        assertThat(response.status()).isEqualTo(403);
        page.context().close();
    }
}
