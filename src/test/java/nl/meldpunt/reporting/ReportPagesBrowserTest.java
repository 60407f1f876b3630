package nl.meldpunt.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.casework.web.StaffBrowser;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every report page in Chromium with axe (no serious or critical violations), each checked for its content:
 * known cases in week 10 of 2045 (a year no other test uses) about one provider with a unique name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesBrowserTest extends IntegrationTest {

    private static final LocalDate TUESDAY = LocalDate.of(2045, 3, 7);

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;
    @Autowired CaseEditing editing;

    private StaffBrowser browser;
    private final List<String> numbers = new ArrayList<>();
    private String provider;

    @BeforeAll
    void setUp() {
        browser = new StaffBrowser(baseUrl());
        provider = "Zorggroep Browserproef " + UUID.randomUUID().toString().substring(0, 8);
        var cases = new ReportCases(registration, queries, editing);
        var spec = new ReportCases.Spec(Channel.PHONE, "COMPLAINT", "CITIZEN", "ELDERLY_CARE", "HIGH",
                List.of("ATTITUDE"), List.of(NewSubject.provider(provider, "Assen", null)));
        for (int i = 0; i < 3; i++) {
            numbers.add(cases.register(spec, ReportCases.at(TUESDAY, 9 + i)));
        }
        cases.summarise(numbers.get(0), "Valincident zonder hulp volgens melder");
    }

    @AfterAll
    void tearDown() {
        browser.close();
    }

    @Test
    void report_pages_show_their_figures_and_are_accessible() {
        Page page = browser.loginAs("analyst");

        page.navigate(browser.url("/rapportages"));
        assertThat(page.locator("main a[href='/rapportages/klachtbeeld']")).isVisible();
        StaffBrowser.assertAccessible(page);

        page.navigate(browser.url("/rapportages/signalen?datum=" + TUESDAY));
        assertThat(page.locator("main")).containsText(numbers.get(0));
        assertThat(page.locator("main")).containsText("Valincident zonder hulp volgens melder");
        assertThat(page.locator("main")).containsText(provider);
        StaffBrowser.assertAccessible(page);

        page.navigate(browser.url("/rapportages/klachtbeeld?jaar=2045"));
        assertThat(page.locator("main")).containsText("2045");
        assertThat(page.locator("main svg").first()).isVisible();
        assertThat(page.locator("main table").first()).containsText("3");
        StaffBrowser.assertAccessible(page);

        page.navigate(browser.url("/rapportages/trends?week=2045-W10"));
        assertThat(page.locator("main")).containsText(provider);
        assertThat(page.locator("main")).containsText(numbers.get(2));
        StaffBrowser.assertAccessible(page);

        page.navigate(browser.url("/rapportages/aanbieders"));
        page.fill("#q", provider);
        page.locator("main form button[type=submit]").click();
        page.locator("#hits a", new Page.LocatorOptions().setHasText(provider)).first().click();
        page.waitForURL("**/rapportages/aanbieders/profiel**");
        assertThat(page.locator("main")).containsText(numbers.get(1));
        assertThat(page.locator("main svg").first()).isVisible();
        StaffBrowser.assertAccessible(page);

        page.navigate(browser.url("/rapportages/dashboard?van=2045-03-07&tot=2045-03-07"));
        assertThat(page.locator("main")).containsText("07-03-2045");
        assertThat(page.locator("main a[href*='export.xlsx']").first()).isVisible();
        StaffBrowser.assertAccessible(page);
        page.context().close();
    }
}
