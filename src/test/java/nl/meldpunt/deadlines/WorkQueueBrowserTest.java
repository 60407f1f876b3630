package nl.meldpunt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The queues and a case's clocks in a real browser: callback overdue in the team queue, a Wkkgz clock handled. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkQueueBrowserTest extends IntegrationTest {

    @Autowired CaseRegistration registration;
    @Autowired Clocks clocks;
    @Autowired WorkingDayCalendar calendar;

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true));
    }

    @AfterAll
    void close() {
        browser.close();
        playwright.close();
    }

    @Test
    void overdue_callback_shows_in_the_team_queue_and_a_provider_clock_is_paused_resumed_and_extended()
            throws Exception {
        var reporter = new NewReporter(false, null, "Browser Test", null, "0612345678", null, ContactPreference.PHONE);
        String number = registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", "DENTAL_CARE", "HIGH",
                List.of(), "Klacht over de tandarts", null,
                LocalDateTime.parse("2001-01-02T10:00").atZone(Amsterdam.ZONE).toInstant(), reporter, List.of(),
                List.of(), null)).caseNumber().value();
        ClocksTest.await(() -> clocks.forCase(number), l -> l.stream().anyMatch(c -> c.type().equals("CALLBACK")));

        Page page = browser.newPage();
        page.navigate(baseUrl() + "/login");
        page.fill("#username", "senior");
        page.fill("#password", "senior");
        page.waitForNavigation(() -> page.click("main button[type=submit]"));
        assertThat(page.url()).doesNotContain("/login");

        page.navigate(baseUrl() + "/werk/team?team=-&sector=DENTAL_CARE&urgency=HIGH&due=today");
        var rows = page.locator("tbody tr", new Page.LocatorOptions().setHasText(number));
        assertThat(String.join("\n", rows.allInnerTexts()))
                .contains("Te laat", "Terugbelafspraak", "Beoordeling hoog", "Mondzorg");
        var row = rows.first();
        assertNoSeriousViolations(page);

        page.waitForNavigation(() -> row.locator("a").first().click());
        assertThat(page.url()).endsWith("/werk/termijnen/" + number);
        page.selectOption("#start-type", "PROVIDER_COMPLAINT");
        page.fill("#start-reason", "Klacht bij de zorgaanbieder ingediend");
        page.click("form[action$='/start'] button[type=submit]");
        var provider = page.locator("section", new Page.LocatorOptions()
                .setHasText("Klachtbehandeling zorgaanbieder"));
        assertThat(provider.innerText()).contains("Loopt");
        assertNoSeriousViolations(page);

        provider.locator("input[name=reason]").first().fill("Wacht op machtiging");
        provider.locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Pauzeren")).click();
        assertThat(provider.innerText()).contains("Gepauzeerd");
        provider.locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Hervatten")).click();
        assertThat(provider.innerText()).contains("Loopt");

        provider.locator("input[name=by]").fill("P4W");
        provider.locator("input[name=reason]").nth(1).fill("Zorgaanbieder verlengt");
        provider.locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Verlengen")).click();
        assertThat(provider.innerText()).contains("Verlengd met", "P4W");

        provider.locator("input[name=by]").fill("P1W");
        provider.locator("input[name=reason]").nth(1).fill("Nog een keer");
        provider.locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Verlengen")).click();
        assertThat(page.locator("#clock-error").innerText()).contains("verder dan is toegestaan");
        page.close();
    }

    @Test
    void administrator_closes_a_bridge_day_on_the_calendar_page_and_reverts_it() {
        Page page = browser.newPage();
        page.navigate(baseUrl() + "/login");
        page.fill("#username", "admin");
        page.fill("#password", "admin");
        page.waitForNavigation(() -> page.click("main button[type=submit]"));

        page.navigate(baseUrl() + "/admin/kalender?calendar=OFFICE&year=2097");
        assertThat(page.locator("table").innerText()).contains("Nieuwjaarsdag", "Tweede Paasdag");
        assertNoSeriousViolations(page);

        page.fill("#day", "2097-05-31");
        page.click("form[action$='/dagen'] button[type=submit]");
        assertThat(page.locator("#reason-error").innerText()).contains("reden");
        assertThat(page.inputValue("#day")).isEqualTo("2097-05-31");
        assertNoSeriousViolations(page);

        page.fill("#reason", "Brugdag na Hemelvaart");
        page.waitForNavigation(() -> page.click("form[action$='/dagen'] button[type=submit]"));
        assertThat(page.locator("table").innerText()).contains("Brugdag na Hemelvaart");
        assertThat(calendar.isWorkingDay(CalendarType.OFFICE, java.time.LocalDate.of(2097, 5, 31))).isFalse();

        page.waitForNavigation(() -> page.click("form[action$='/intrekken'] button[type=submit]"));
        assertThat(page.locator("table").innerText()).doesNotContain("Brugdag na Hemelvaart");
        assertThat(calendar.isWorkingDay(CalendarType.OFFICE, java.time.LocalDate.of(2097, 5, 31))).isTrue();
        page.close();
    }

    private static void assertNoSeriousViolations(Page page) {
        List<Rule> serious = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(serious).extracting(Rule::getId).isEmpty();
    }
}
