package nl.meldpunt.formalreports;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.Map;
import java.util.UUID;
import nl.meldpunt.admin.StaffUsers;
import nl.meldpunt.casework.web.StaffBrowser;
import nl.meldpunt.providers.NewProvider;
import nl.meldpunt.providers.ProviderRegister;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator creates a provider account for an establishment in the register (with validation errors first),
 * disables and enables it, and sets a new password; the provider user logs in only while enabled. Pages pass axe,
 * every change is in the access log, and no password appears in the log output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ProviderAccountAdminBrowserTest extends IntegrationTest {

    @Autowired ProviderRegister register;
    @Autowired ProviderAccounts accounts;
    @Autowired StaffUsers users;
    @Autowired JdbcClient jdbc;

    private Playwright playwright;
    private Browser chromium;

    @BeforeAll
    void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true));
    }

    @AfterAll
    void close() {
        chromium.close();
        playwright.close();
    }

    @Test
    void admin_creates_disables_enables_and_resets_a_provider_account(CapturedOutput output) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long n = Math.abs((long) run.hashCode()) % 90_000_000L + 10_000_000L;
        String kvk = String.valueOf(n);
        String est = "0000" + kvk;
        register.create(new NewProvider("Kliniek Beheertest " + run, kvk, est, null, null, null, null, "Utrecht"));
        String username = "kliniek-" + run;
        String firstPassword = "eerste wachtwoord " + run;
        String secondPassword = "tweede wachtwoord " + run;

        Page admin = login("admin", "admin");
        assertThat(admin.url()).doesNotContain("/login");
        admin.navigate(baseUrl() + "/admin");
        admin.click("a[href='/admin/aanbieder-accounts']");
        StaffBrowser.assertAccessible(admin);
        admin.click("a[href='/admin/aanbieder-accounts/nieuw']");
        StaffBrowser.assertAccessible(admin);

        // Wrong input: errors next to the fields, typed values kept, the password not echoed.
        admin.fill("#username", username);
        admin.fill("#email", "geen-adres");
        admin.fill("#kvkNumber", kvk);
        admin.fill("#establishmentNumber", "000099999999");
        admin.fill("#password", "kort");
        admin.waitForNavigation(() -> admin.click("#account-form button[type=submit]"));
        assertThat(admin.locator("#email-error").textContent()).contains("e-mailadres");
        assertThat(admin.locator("#establishmentNumber-error").textContent()).contains("register");
        assertThat(admin.locator("#password-error").textContent()).contains("12 tekens");
        assertThat(admin.inputValue("#username")).isEqualTo(username);
        assertThat(admin.inputValue("#kvkNumber")).isEqualTo(kvk);
        assertThat(admin.inputValue("#password")).isEmpty();
        StaffBrowser.assertAccessible(admin);

        admin.fill("#email", "meldingen-" + run + "@kliniek.test");
        admin.fill("#establishmentNumber", est);
        admin.fill("#password", firstPassword);
        admin.waitForNavigation(() -> admin.click("#account-form button[type=submit]"));
        assertThat(admin.url()).endsWith("/admin/aanbieder-accounts");
        assertThat(admin.locator("#accounts").textContent()).contains(username).contains("Kliniek Beheertest " + run);
        assertThat(accounts.find(username).orElseThrow().organisation().establishmentNumber()).isEqualTo(est);
        assertThat(users.find(username).orElseThrow().email()).isEqualTo("meldingen-" + run + "@kliniek.test");

        assertThat(canLogIn(username, firstPassword)).isTrue();
        Page provider = login(username, firstPassword);
        assertThat(provider.navigate(baseUrl() + "/aanbieder").status()).isEqualTo(200);

        admin.click("a[href='/admin/aanbieder-accounts/" + username + "']");
        StaffBrowser.assertAccessible(admin);
        admin.waitForNavigation(() -> admin.click("#status-form button"));
        assertThat(admin.locator("#state").textContent()).isEqualTo("Geblokkeerd");
        assertThat(users.find(username).orElseThrow().enabled()).isFalse();
        assertThat(canLogIn(username, firstPassword)).as("a disabled account cannot log in").isFalse();
        assertThat(provider.navigate(baseUrl() + "/aanbieder").status())
                .as("and a session opened before is refused").isEqualTo(403);
        provider.context().close();
        admin.waitForNavigation(() -> admin.click("#status-form button"));
        assertThat(users.find(username).orElseThrow().enabled()).isTrue();

        admin.fill("#newPassword", "aaaaaaaaaaaaaa");
        admin.waitForNavigation(() -> admin.click("#password-form button"));
        assertThat(admin.locator("#newPassword-error").isVisible()).isTrue();
        StaffBrowser.assertAccessible(admin);
        admin.fill("#newPassword", secondPassword);
        admin.waitForNavigation(() -> admin.click("#password-form button"));
        assertThat(admin.locator("[role=status]").textContent()).contains("wachtwoord");
        assertThat(canLogIn(username, firstPassword)).isFalse();
        assertThat(canLogIn(username, secondPassword)).isTrue();

        // Staff users are not managed here.
        assertThat(admin.navigate(baseUrl() + "/admin/aanbieder-accounts/intake").status()).isEqualTo(404);
        admin.context().close();

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                SELECT count(*) FROM accesslog.access_record
                WHERE person_ref = :ref AND action = 'CHANGE' AND actor = 'admin'
                """).param("ref", "aanbieder-account:" + username).query(Long.class).single() == 4);
        assertThat(output.getAll()).doesNotContain(firstPassword).doesNotContain(secondPassword)
                .doesNotContain(run + "@kliniek.test");
    }

    private Page login(String username, String password) {
        Page page = chromium.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
        page.navigate(baseUrl() + "/login");
        page.fill("#username", username);
        page.fill("#password", password);
        page.waitForNavigation(() -> page.click("main button[type=submit]"));
        return page;
    }

    private boolean canLogIn(String username, String password) {
        Page page = login(username, password);
        boolean in = !page.url().contains("/login");
        page.context().close();
        return in;
    }
}
