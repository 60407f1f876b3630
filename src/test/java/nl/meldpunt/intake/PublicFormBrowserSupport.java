package nl.meldpunt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** One Chromium per test class, a fresh browser context (own session) per test, and helpers for the public form. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PublicFormBrowserSupport extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    protected Page page;

    @BeforeAll
    void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true));
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext();
        page = context.newPage();
        page.setDefaultTimeout(60_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    static String marker(String what) {
        return what + " " + UUID.randomUUID();
    }

    void openForm() {
        page.navigate(baseUrl() + "/melden");
    }

    /** The fields every submission needs: kind, description, relation. */
    void fillRequired(String kind, String description, String relation) {
        page.check("#kind-" + kind);
        page.fill("#description", description);
        page.check("#relation-" + relation);
    }

    Response submit() {
        return page.waitForResponse(r -> r.request().method().equals("POST") && r.url().endsWith("/melden"),
                () -> page.click("#submit"));
    }

    /** Submits and returns the reference number on the confirmation page. */
    String submitAndReadNumber() {
        submit();
        page.waitForURL("**/melden/ontvangen/**");
        String number = page.textContent("#case-number").strip();
        assertThat(number).matches("MP-\\d{4}-\\d{6}");
        return number;
    }

    static FilePayload file(String name, String type, byte[] content) {
        return new FilePayload(name, type, content);
    }

    static void assertNoSeriousViolations(Page page) {
        AxeResults results = new AxeBuilder(page).analyze();
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(PublicFormBrowserSupport::describe)
                .toList();
        assertThat(serious).as("axe serious/critical violations on " + page.url()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).toList();
    }
}
