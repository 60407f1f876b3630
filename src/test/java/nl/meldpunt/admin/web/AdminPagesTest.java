package nl.meldpunt.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.meldpunt.casework.web.StaffBrowser;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPagesTest extends IntegrationTest {

    @Autowired
    ReferenceData reference;

    StaffBrowser browser;

    @BeforeAll
    void startBrowser() {
        browser = new StaffBrowser(baseUrl());
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @Test
    void admin_pages_are_accessible_and_linked_from_the_start_page() {
        Page page = browser.loginAs("admin");
        page.navigate(browser.url("/admin"));
        StaffBrowser.assertAccessible(page);
        for (String link : new String[] {"/admin/referentiedata", "/admin/gebruikers", "/admin/tokens"}) {
            page.navigate(browser.url("/admin"));
            page.click("main a[href='" + link + "']");
            page.waitForURL("**" + link);
            StaffBrowser.assertAccessible(page);
        }
        page.navigate(browser.url("/admin/gebruikers/nieuw"));
        StaffBrowser.assertAccessible(page);
        page.navigate(browser.url("/admin/referentiedata/SECTOR/ELDERLY_CARE"));
        StaffBrowser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void admin_creates_a_user_who_can_then_log_in() {
        String username = unique("mw");
        Page page = browser.loginAs("admin");
        page.navigate(browser.url("/admin/gebruikers/nieuw"));
        page.fill("#username", username);
        page.fill("#displayName", "Marieke Medewerker");
        page.check("#role-INTAKE");
        page.fill("#password", "kort");
        page.click("#user-form button[type=submit]");
        assertThat(page.locator("#password-error").textContent()).contains("minstens 12");
        assertThat(page.locator("#displayName").inputValue()).isEqualTo("Marieke Medewerker");
        page.fill("#password", "lange zin met koffie en thee");
        page.click("#user-form button[type=submit]");
        page.waitForURL("**/admin/gebruikers");
        assertThat(page.locator("#users").textContent()).contains(username);
        page.context().close();

        Page newUser = browser.loginAs(username, "lange zin met koffie en thee");
        assertThat(newUser.url()).endsWith("/werk");
        assertThat(newUser.locator("h1").textContent()).isEqualTo("Werkvoorraad");
        newUser.context().close();
    }

    @Test
    void a_stale_user_edit_is_refused_with_a_message() {
        String username = unique("mw");
        Page page = browser.loginAs("admin");
        page.navigate(browser.url("/admin/gebruikers/nieuw"));
        page.fill("#username", username);
        page.fill("#displayName", "Eerste Naam");
        page.check("#role-ANALYST");
        page.fill("#password", "lange zin met koffie en thee");
        page.click("#user-form button[type=submit]");
        page.waitForURL("**/admin/gebruikers");

        page.navigate(browser.url("/admin/gebruikers/" + username));
        Page other = browser.loginAs("admin");
        other.navigate(browser.url("/admin/gebruikers/" + username));
        other.fill("#displayName", "Andere Naam");
        other.click("#user-form button[type=submit]");
        other.waitForURL("**/admin/gebruikers");
        other.context().close();

        page.fill("#displayName", "Mijn Naam");
        var response = page.waitForResponse(r -> r.request().method().equals("POST"),
                () -> page.click("#user-form button[type=submit]"));
        assertThat(response.status()).isEqualTo(409);
        assertThat(page.locator("#form-message").textContent()).contains("Iemand anders");
        assertThat(page.locator("#displayName").inputValue()).isEqualTo("Mijn Naam");
        page.context().close();
    }

    @Test
    void an_issued_token_works_on_the_api_until_it_is_revoked() throws Exception {
        String name = unique("koppeling-");
        Page page = browser.loginAs("admin");
        page.navigate(browser.url("/admin/tokens"));
        page.fill("#name", name);
        page.selectOption("#username", "intake");
        page.click("#token-form button[type=submit]");
        String token = page.locator("#issued-token").textContent().strip();
        assertThat(token).startsWith("mp_");
        StaffBrowser.assertAccessible(page);

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/cases?size=1"))
                .header("Authorization", "Bearer " + token).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        page.navigate(browser.url("/admin/tokens"));
        assertThat(page.content()).doesNotContain(token);
        page.click("button[aria-label='Token " + name + " intrekken']");
        page.waitForURL("**/admin/tokens");
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        page.context().close();
    }

    @Test
    void admin_adds_and_retires_a_theme_but_cannot_retire_a_system_entry() {
        String code = unique("TEST_").toUpperCase();
        Page page = browser.loginAs("admin");
        page.navigate(browser.url("/admin/referentiedata?lijst=THEME"));
        page.fill("#code", code);
        page.fill("#labelNl", "Proefonderwerp");
        page.fill("#labelEn", "Test theme");
        page.click("#reference-add button[type=submit]");
        page.waitForURL("**lijst=THEME");
        assertThat(reference.isActive(ReferenceList.THEME, code)).isTrue();

        page.navigate(browser.url("/admin/referentiedata/THEME/" + code));
        page.fill("#labelNl", "Proefonderwerp hernoemd");
        page.check("#retired");
        page.click("#reference-edit button[type=submit]");
        page.waitForURL("**lijst=THEME");
        assertThat(reference.find(ReferenceList.THEME, code).orElseThrow().labelNl()).isEqualTo("Proefonderwerp hernoemd");
        assertThat(reference.isActive(ReferenceList.THEME, code)).isFalse();

        page.navigate(browser.url("/admin/referentiedata/KIND/COMPLAINT"));
        assertThat(page.locator("#retired").count()).isZero();
        page.context().close();
    }

    @Test
    void only_admins_reach_the_admin_pages() {
        Page page = browser.loginAs("senior");
        assertThat(page.navigate(browser.url("/admin/gebruikers")).status()).isEqualTo(403);
        page.context().close();
    }
}
