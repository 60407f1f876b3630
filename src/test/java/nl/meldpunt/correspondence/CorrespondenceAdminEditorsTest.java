package nl.meldpunt.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import nl.meldpunt.casework.web.StaffBrowser;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The advice and organisation editors share one page fragment ({@code correspondence/fields :: editor}) with the
 * template editor: heading, error summary, fields next to their errors, save button; they stay accessible.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrespondenceAdminEditorsTest extends IntegrationTest {

    private StaffBrowser browser;

    @BeforeAll
    void start() {
        browser = new StaffBrowser(baseUrl());
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void empty_advice_and_organisation_forms_show_errors_on_the_shared_editor_page() {
        Page page = browser.loginAs("admin");
        for (String[] editor : new String[][] {{"advies", "#snippet-form", "#titleNl"},
            {"organisaties", "#organisation-form", "#name"}}) {
            page.navigate(browser.url("/admin/correspondentie/" + editor[0] + "/nieuw"));
            assertThat(page.locator("h1").innerText()).isNotBlank();
            assertThat(page.locator(editor[1] + " " + editor[2]).count()).isEqualTo(1);
            assertThat(page.locator(editor[1] + " #retired").count()).isEqualTo(1);
            StaffBrowser.assertAccessible(page);
            page.waitForNavigation(() -> page.click(editor[1] + " button[type=submit]"));
            assertThat(page.locator(".mp-summary[role=alert]").count()).isEqualTo(1);
            assertThat(page.locator(".mp-error").count()).isGreaterThan(0);
            StaffBrowser.assertAccessible(page);
        }
        page.navigate(browser.url("/admin/correspondentie/sjablonen/nieuw"));
        assertThat(page.locator("fieldset[lang=nl] #bodyNl").count()).isEqualTo(1);
        assertThat(page.locator("fieldset[lang=en] #subjectEn").count()).isEqualTo(1);
        assertThat(page.locator("p.mp-info").count()).isEqualTo(1);
        assertThat(page.locator("main h2").innerText()).isNotBlank();
        page.context().close();
    }
}
