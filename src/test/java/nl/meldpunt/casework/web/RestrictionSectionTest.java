package nl.meldpunt.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.LoggedInSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** Restricting a case from its page: who may, named people, a reason, the history, lifting it again. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestrictionSectionTest extends IntegrationTest {

    @Autowired
    CaseRegistration registration;

    StaffBrowser browser;

    @BeforeAll
    void startBrowser() {
        browser = new StaffBrowser(baseUrl());
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private String newCase() {
        var reporter = new NewReporter(false, null, "Afscherm Persoon", "afscherm@example.org", null, null,
                ContactPreference.EMAIL);
        return registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", null, "NORMAL", List.of(),
                "Klacht over de zorg van een medewerker", null, null, reporter, List.of(), List.of(), null))
                .caseNumber().value();
    }

    private static Map<String, List<String>> form(String reason, String... members) {
        return Map.of("reason", List.of(reason), "members", List.of(members));
    }

    @Test
    void a_senior_restricts_a_case_without_javascript_and_outsiders_no_longer_see_it() throws Exception {
        String number = newCase();
        LoggedInSession senior = LoggedInSession.login(baseUrl(), "senior");
        var saved = senior.post("/zaken/" + number + "/afscherming", form("Klacht over een collega", "intake"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/zaken/" + number + "/afscherming");
        var section = senior.get("/zaken/" + number + "/afscherming");
        assertThat(section.status()).isEqualTo(200);
        assertThat(section.body()).contains("Klacht over een collega", "<li>intake</li>", "<li>senior</li>",
                "opgeslagen");

        assertThat(LoggedInSession.login(baseUrl(), "intake").get("/zaken/" + number).status()).isEqualTo(200);
        assertThat(LoggedInSession.login(baseUrl(), "inspector").get("/zaken/" + number).status()).isEqualTo(404);
        assertThat(LoggedInSession.login(baseUrl(), "admin").get("/zaken/" + number + "/afscherming").status())
                .isEqualTo(404);
        assertThat(senior.get("/zaken/" + number).body()).contains("Zaak afgeschermd");
    }

    @Test
    void restricting_needs_a_reason_and_keeps_what_was_chosen() throws Exception {
        String number = newCase();
        LoggedInSession senior = LoggedInSession.login(baseUrl(), "senior");
        var refused = senior.post("/zaken/" + number + "/afscherming", form("  ", "intake"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Geef een reden op", "value=\"intake\" checked");
        assertThat(senior.get("/zaken/" + number + "/afscherming").body()).contains("niet afgeschermd");
        var unknown = senior.post("/zaken/" + number + "/afscherming", form("Reden", "niemand-bekend"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("Kies alleen medewerkers uit de lijst");
        assertThat(LoggedInSession.login(baseUrl(), "inspector").get("/zaken/" + number).status()).isEqualTo(200);
    }

    @Test
    void only_seniors_and_administrators_may_restrict_and_others_see_no_form() throws Exception {
        String number = newCase();
        LoggedInSession intake = LoggedInSession.login(baseUrl(), "intake");
        assertThat(intake.post("/zaken/" + number + "/afscherming", form("Reden")).status()).isEqualTo(403);
        var section = intake.get("/zaken/" + number + "/afscherming");
        assertThat(section.status()).isEqualTo(200);
        assertThat(section.body()).contains("niet afgeschermd").doesNotContain("restriction-edit");
    }

    @Test
    void lifting_needs_a_reason_and_opens_the_case_to_the_normal_rules_again() throws Exception {
        String number = newCase();
        LoggedInSession admin = LoggedInSession.login(baseUrl(), "admin");
        assertThat(admin.post("/zaken/" + number + "/afscherming", form("Bekende Nederlander")).status())
                .isEqualTo(302);
        assertThat(LoggedInSession.login(baseUrl(), "senior").get("/zaken/" + number).status()).isEqualTo(404);
        var refused = admin.post("/zaken/" + number + "/afscherming/opheffen", Map.of("reason", List.of("")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Geef een reden op");
        var lifted = admin.post("/zaken/" + number + "/afscherming/opheffen",
                Map.of("reason", List.of("Niet langer nodig")));
        assertThat(lifted.status()).isEqualTo(302);
        assertThat(LoggedInSession.login(baseUrl(), "senior").get("/zaken/" + number).status()).isEqualTo(200);
        assertThat(admin.get("/zaken/" + number).body()).contains("Afscherming opgeheven", "Niet langer nodig");
    }

    @Test
    void a_senior_restricts_and_lifts_on_the_case_page_with_htmx() {
        String number = newCase();
        Page page = browser.loginAs("senior");
        page.navigate(browser.url("/zaken/" + number));
        page.locator("#restriction-state").waitFor();
        StaffBrowser.assertAccessible(page);
        page.locator("#restriction-edit summary").click();
        page.check("#restriction-section input[name=members][value=intake]");
        page.click("#restriction-submit");
        page.locator("#restriction-edit").waitFor();
        assertThat(page.locator("#restriction-section .mp-summary").textContent())
                .contains("Controleer de gemarkeerde velden");
        assertThat(page.locator("#restriction-reason-error").textContent()).contains("Geef een reden op");
        assertThat(page.isChecked("#restriction-section input[name=members][value=intake]")).isTrue();
        page.fill("#restriction-reason-input", "Klacht over een eigen medewerker");
        page.click("#restriction-submit");
        page.locator("#restriction-members").waitFor();
        assertThat(page.locator("#restriction-members").textContent()).contains("intake", "senior");
        assertThat(page.url()).endsWith("/zaken/" + number);
        StaffBrowser.assertAccessible(page);

        page.locator("#restriction-lift summary").click();
        page.fill("#restriction-lift-reason", "Onderzoek afgerond");
        page.click("#restriction-lift-submit");
        page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("opgeheven")).waitFor();
        assertThat(page.locator("#restriction-state").textContent()).contains("niet afgeschermd");
    }
}
