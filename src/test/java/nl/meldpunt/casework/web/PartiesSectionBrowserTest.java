package nl.meldpunt.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import nl.meldpunt.casework.CaseLinks;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.NewAttachment;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The case-page sections of parties, subjects, attachments and links, in a real browser with axe. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartiesSectionBrowserTest extends IntegrationTest {

    @Autowired
    CaseRegistration registration;

    @Autowired
    CaseLinks links;

    private StaffBrowser browser;

    @BeforeAll
    void start() {
        browser = new StaffBrowser(baseUrl());
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private String register(List<NewAttachment> attachments) {
        return registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", "ELDERLY_CARE", "NORMAL",
                List.of(), "Zorgen over de verzorging", null, null, null,
                List.of(NewSubject.provider("Zorggroep De Linde", "Zeist", null)), attachments, null))
                .caseNumber().value();
    }

    @Test
    void officer_adds_a_professional_and_sees_the_big_check_next_to_the_field() {
        String number = register(List.of());
        Page page = browser.loginAs("intake");
        page.navigate(browser.url("/zaken/" + number));
        page.locator("#parties-section").waitFor();
        // The typed provider was linked to the register entry "Zorggroep de Linden BV" after registration.
        page.reload();
        page.locator("#parties-section").waitFor();
        StaffBrowser.assertAccessible(page);

        page.click("#subject-add summary");
        page.selectOption("#new-type", "PROFESSIONAL");
        page.fill("#new-name", "Dr. A. Voorbeeld");
        page.fill("#new-bigNumber", "12345678901");
        page.click("#subject-add button[type=submit]");
        page.locator("#new-bigNumber-error").waitFor();
        assertThat(page.locator("#new-bigNumber-error").textContent()).contains("elfproef");
        assertThat(page.locator("#new-name").inputValue()).isEqualTo("Dr. A. Voorbeeld");
        StaffBrowser.assertAccessible(page);

        page.fill("#new-bigNumber", validBig());
        page.fill("#new-reason", "Genoemd door de melder");
        page.click("#subject-add button[type=submit]");
        page.locator("#parties-section .mp-ok").waitFor();
        assertThat(page.locator("#parties-section").textContent()).contains("Dr. A. Voorbeeld").contains(validBig());

        page.click("#party-add summary");
        page.selectOption("#party-role", "RELATIVE");
        page.fill("#party-name", "Zoon van de patiënt");
        page.click("#party-add button[type=submit]");
        page.locator("#party-list td:text('Zoon van de patiënt')").waitFor();
        StaffBrowser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void an_image_attachment_is_previewed_inline_and_the_view_is_recorded() {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
        String number = register(List.of(new NewAttachment("foto.png", "image/png", png)));
        Page page = browser.loginAs("intake");
        page.navigate(browser.url("/zaken/" + number));
        page.locator(".mp-preview-link").click();
        page.locator(".mp-preview__image").waitFor();
        String src = page.locator(".mp-preview__image").getAttribute("src");
        var response = page.request().get(browser.url(src));
        assertThat(response.headers().get("content-type")).isEqualTo("image/png");
        assertThat(response.headers().get("content-disposition")).startsWith("inline");
        assertThat(response.headers().get("x-frame-options")).isEqualTo("SAMEORIGIN");
        assertThat(page.locator(".mp-preview__image").evaluate("img => img.naturalWidth")).isEqualTo(1);
        page.reload();
        assertThat(page.locator("#history").textContent()).contains("Bijlage bekeken");
        StaffBrowser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void a_merged_case_says_where_it_went() {
        String duplicate = register(List.of());
        String survivor = register(List.of());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "senior", null, List.of(new SimpleGrantedAuthority("ROLE_SENIOR"))));
        try {
            links.merge(duplicate, survivor, "Dubbel");
        } finally {
            SecurityContextHolder.clearContext();
        }
        Page page = browser.loginAs("analyst");
        page.navigate(browser.url("/zaken/" + duplicate));
        page.locator("#merged-notice").waitFor();
        assertThat(page.locator("#merged-notice").textContent()).contains("samengevoegd met").contains(survivor);
        assertThat(page.locator("#parties-section").textContent()).doesNotContain("Persoon toevoegen");
        StaffBrowser.assertAccessible(page);
        page.context().close();
    }

    private static String validBig() {
        for (long n = 11111111100L; ; n++) {
            if (nl.meldpunt.casework.Identifiers.isBigNumber(Long.toString(n))) {
                return Long.toString(n);
            }
        }
    }
}
