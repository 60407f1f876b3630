package nl.meldpunt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every public page passes axe (WCAG 2.1 AA: no serious or critical violations) and works with a keyboard only. */
class PublicFormAccessibilityTest extends PublicFormBrowserSupport {

    @Test
    void home_page_passes_axe() {
        page.navigate(baseUrl() + "/");
        assertNoSeriousViolations(page);
    }

    @Test
    void form_passes_axe_in_dutch_and_english() {
        openForm();
        assertThat(page.content()).doesNotContain("??");
        assertNoSeriousViolations(page);
        page.navigate(baseUrl() + "/melden?lang=en");
        assertThat(page.textContent("h1")).contains("Ask a question");
        assertNoSeriousViolations(page);
    }

    @Test
    void form_with_errors_passes_axe_and_moves_focus_to_the_summary() {
        openForm();
        page.check("#contactPreference-EMAIL");
        page.fill("#email", "fout");
        page.setInputFiles("#files", file("nep.pdf", "application/pdf", new byte[] {1, 2, 3}));
        submit();
        assertThat(page.isVisible("#error-summary")).isTrue();
        // a locator assertion polls without evaluating a string in the page (the CSP forbids eval, which
        // waitForFunction needs once the first check comes back false on a slow machine)
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#error-summary")).isFocused();
        assertThat(page.content()).doesNotContain("??");
        assertNoSeriousViolations(page);
    }

    @Test
    void confirmation_page_passes_axe() {
        openForm();
        fillRequired("QUESTION", marker("Toegankelijke bevestiging"), "PATIENT");
        page.check("#contactPreference-EMAIL");
        page.fill("#email", "a11y@example.org");
        submitAndReadNumber();
        assertThat(page.content()).doesNotContain("??");
        assertNoSeriousViolations(page);
    }

    @Test
    void login_and_error_pages_pass_axe() {
        page.navigate(baseUrl() + "/login");
        assertNoSeriousViolations(page);
        var response = page.navigate(baseUrl() + "/melden/ontvangen/raden-lukt-niet");
        assertThat(response.status()).isEqualTo(404);
        assertNoSeriousViolations(page);
    }

    @Test
    void a_citizen_can_submit_with_the_keyboard_only() {
        openForm();
        tabTo("kind-QUESTION");
        page.keyboard().press("ArrowDown");
        assertThat(page.isChecked("#kind-COMPLAINT")).isTrue();
        tabTo("description");
        String description = marker("Met het toetsenbord ingevuld");
        page.keyboard().type(description);
        tabTo("relation-PATIENT");
        page.keyboard().press("Space");
        tabTo("anonymous");
        page.keyboard().press("Space");
        tabTo("submit");
        assertThat(page.evaluate("getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
        page.keyboard().press("Enter");

        page.waitForURL("**/melden/ontvangen/**");
        assertThat(page.textContent("#case-number")).matches("\\s*MP-\\d{4}-\\d{6}\\s*");
    }

    @Test
    void the_confirmation_cannot_be_opened_from_another_browser() {
        openForm();
        fillRequired("QUESTION", marker("Alleen voor mij"), "PATIENT");
        page.check("#anonymous");
        submitAndReadNumber();
        String url = page.url();

        var other = page.context().browser().newContext();
        try {
            var response = other.newPage().navigate(url);
            assertThat(response.status()).isEqualTo(404);
        } finally {
            other.close();
        }
    }

    /** Presses Tab until the element with this id has focus (fails after 80 presses). */
    private void tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            if (id.equals(page.evaluate("document.activeElement && document.activeElement.id"))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached #" + id);
    }
}
