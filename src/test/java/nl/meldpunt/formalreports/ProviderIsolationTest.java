package nl.meldpunt.formalreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Map;
import java.util.UUID;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** A provider user never sees, answers or adds to another organisation's report, nor any staff page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderIsolationTest extends IntegrationTest {

    @Autowired ProviderAccounts accounts;
    @Autowired FormalReports reports;

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
    void provider_user_never_sees_another_providers_report() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Organisation mine = accounts.create("aanbieder-a-" + suffix, "wachtwoord-a-" + suffix,
                new Organisation("Praktijk A " + suffix, "91000001", "000091000001"));
        Organisation other = accounts.create("aanbieder-b-" + suffix, "wachtwoord-b-" + suffix,
                new Organisation("Praktijk B " + suffix, "91000001", "000091000002"));
        FormalReport report = reports.submit(null, ReportType.VIOLENCE, mine, Map.of(
                "law", "WKKGZ", "violenceType", "PSYCHOLOGICAL", "perpetrator", "CLIENT",
                "whatHappened", "Geheim voorval " + suffix, "occurredOn", "2026-01-05", "awareOn", "2026-01-05",
                "outcome", "NO_HARM", "immediateMeasures", "Gesprek gevoerd.", "policeInformed", "NO"),
                Channel.WEB_FORM);

        // Same KvK number, other establishment: still another organisation.
        Page page = browser.newContext().newPage();
        page.navigate(baseUrl() + "/aanbieder");
        page.fill("#username", "aanbieder-b-" + suffix);
        page.fill("#password", "wachtwoord-b-" + suffix);
        page.waitForNavigation(() -> page.click("main button[type=submit]"));
        assertThat(page.url()).contains("/aanbieder");
        assertThat(page.content()).doesNotContain(report.caseNumber()).doesNotContain("Geheim voorval");

        var detail = page.navigate(baseUrl() + "/aanbieder/meldingen/" + report.id());
        assertThat(detail.status()).isEqualTo(404);
        assertThat(page.content()).doesNotContain("Geheim voorval").doesNotContain(report.caseNumber());
        assertThat(page.navigate(baseUrl() + "/aanbieder/meldingen/" + report.id() + "/bewerken").status())
                .isEqualTo(404);
        assertThat(page.navigate(baseUrl() + "/zaken/" + report.caseNumber()).status()).isEqualTo(403);
        assertThat(page.navigate(baseUrl() + "/zaken/" + report.caseNumber() + "/verplichte-melding").status())
                .isEqualTo(403);
        assertThat(page.navigate(baseUrl() + "/werk").status()).isEqualTo(403);
        page.context().close();

        assertThatThrownBy(() -> reports.answer(report.id(), other, "Ik kijk mee")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> reports.addFollowUpDocument(report.id(), other, "x.pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isInstanceOf(NotFound.class);
        assertThat(reports.ofOrganisation(other)).isEmpty();
        assertThat(reports.ofOrganisation(mine)).extracting(FormalReport::caseNumber).contains(report.caseNumber());
    }
}
