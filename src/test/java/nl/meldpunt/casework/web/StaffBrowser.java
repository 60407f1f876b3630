package nl.meldpunt.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** One Playwright + Chromium per test class, with staff login and an axe check. */
public final class StaffBrowser implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    public StaffBrowser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true));
    }

    /** A fresh browser context logged in as the given demo user (password = user name unless given). */
    public Page loginAs(String username) {
        return loginAs(username, username);
    }

    public Page loginAs(String username, String password) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(baseUrl + "/login");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        return page;
    }

    /** A fresh browser context without login (a citizen on the public pages). */
    public Page anonymous() {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
        page.setDefaultTimeout(60_000);
        return page;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** Asserts axe finds no serious or critical violation on the page as it is now. */
    public static void assertAccessible(Page page) {
        List<Rule> bad = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(bad).as(() -> page.url() + ": " + bad.stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getHtml()).toList()).toList())
                .isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
