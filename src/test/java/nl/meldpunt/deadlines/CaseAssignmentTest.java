package nl.meldpunt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.web.StaffBrowser;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seniors (re)assign cases; the open clocks follow the case to its new team (and its new sector and urgency). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseAssignmentTest extends IntegrationTest {

    @Autowired CaseRegistration registration;
    @Autowired Clocks clocks;
    @Autowired JdbcClient jdbc;
    @Autowired nl.meldpunt.casework.CaseQueries queries;
    @Autowired nl.meldpunt.casework.CaseEditing editing;

    private final HttpClient http = HttpClient.newHttpClient();
    private StaffBrowser browser;

    @BeforeAll
    void launch() {
        browser = new StaffBrowser(baseUrl());
    }

    @AfterAll
    void close() {
        browser.close();
    }

    private String caseWithCallbackClock() throws InterruptedException {
        var reporter = new NewReporter(false, null, "Toewijzing Test", null, "0612345678", null, ContactPreference.PHONE);
        String number = registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", "DENTAL_CARE", "HIGH",
                List.of(), "Klacht over de tandarts", null, null, reporter, List.of(), List.of(), null))
                .caseNumber().value();
        ClocksTest.await(() -> clocks.forCase(number), l -> l.size() == 2);
        return number;
    }

    private HttpResponse<String> assign(String user, String number, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/cases/" + number + "/assignment"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> openClockTeams(String number) {
        return jdbc.sql("""
                SELECT coalesce(k.team, '-') || '/' || coalesce(k.assignee, '-') FROM case_clock k
                JOIN case_file f ON f.id = k.case_id
                WHERE f.case_number = :n AND k.state IN ('RUNNING', 'PAUSED', 'BREACHED')
                """).param("n", number).query(String.class).list();
    }

    @Test
    void reassigning_a_case_moves_its_open_clocks_to_the_new_team_and_is_in_the_history() throws Exception {
        String number = caseWithCallbackClock();
        String team = "Team " + UUID.randomUUID().toString().substring(0, 8);

        var response = assign("senior", number, "{\"team\":\"" + team + "\",\"assignee\":\"intake\",\"reason\":\"Drukte\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(team, "intake");
        assertThat(openClockTeams(number)).hasSize(2).containsOnly(team + "/intake");
        assertThat(jdbc.sql("""
                SELECT h.reason FROM case_history h JOIN case_file f ON f.id = h.case_id
                WHERE f.case_number = :n AND h.action = 'ASSIGNED' AND h.actor = 'senior'
                """).param("n", number).query(String.class).list()).containsExactly("Drukte");
    }

    @Test
    void reclassifying_a_case_moves_the_sector_and_urgency_of_its_open_clocks() throws Exception {
        String number = caseWithCallbackClock();
        long version = queries.find(number, false).orElseThrow().version();

        editing.classify(number, version, new nl.meldpunt.casework.Classification("COMPLAINT", "CITIZEN",
                "HOSPITAL_CARE", "ACUTE", List.of(), null), "Toch acuut");

        assertThat(jdbc.sql("""
                SELECT k.sector || '/' || k.urgency FROM case_clock k JOIN case_file f ON f.id = k.case_id
                WHERE f.case_number = :n AND k.state IN ('RUNNING', 'PAUSED', 'BREACHED')
                """).param("n", number).query(String.class).list()).hasSize(2).containsOnly("HOSPITAL_CARE/ACUTE");
    }

    @Test
    void only_seniors_and_administrators_assign() throws Exception {
        String number = caseWithCallbackClock();
        assertThat(assign("intake", number, "{\"team\":\"LMZ\"}").statusCode()).isEqualTo(403);
        assertThat(openClockTeams(number)).containsOnly("-/-");
    }

    @Test
    void an_unknown_assignee_is_refused_naming_the_field() throws Exception {
        String number = caseWithCallbackClock();
        var response = assign("senior", number, "{\"team\":\"LMZ\",\"assignee\":\"niemand-" + UUID.randomUUID() + "\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"assignee\"");
        assertThat(openClockTeams(number)).containsOnly("-/-");
    }

    @Test
    void a_senior_assigns_from_the_team_queue_and_the_case_moves_to_that_team() throws Exception {
        String number = caseWithCallbackClock();
        String team = "Noord" + UUID.randomUUID().toString().substring(0, 6);
        Page page = browser.loginAs("senior");

        page.navigate(baseUrl() + "/werk/team?team=-&sector=DENTAL_CARE&urgency=HIGH");
        var row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(number)).first();
        page.waitForNavigation(() -> row.locator("a", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText("Toewijzen")).click());
        assertThat(page.url()).contains("/zaken/" + number + "/toewijzing");
        StaffBrowser.assertAccessible(page);

        page.fill("#team", "");
        page.fill("#reason", "Werkverdeling");
        page.click("main button[type=submit]");
        assertThat(page.locator("#team-error").innerText()).contains("Geef een team");
        assertThat(page.inputValue("#reason")).isEqualTo("Werkverdeling");
        StaffBrowser.assertAccessible(page);

        page.fill("#team", team);
        page.selectOption("#assignee", "intake");
        page.waitForNavigation(() -> page.click("main button[type=submit]"));
        assertThat(page.url()).contains("/werk/team");
        assertThat(page.locator("main").innerText()).contains("Zaak " + number + " is toegewezen");

        assertThat(openClockTeams(number)).containsOnly(team + "/intake");
        // need-to-know (issue 9): the case now belongs to a team the senior is not in, so it left the senior's view
        page.navigate(baseUrl() + "/werk/team?team=" + team);
        assertThat(page.locator("main").innerText()).doesNotContain(number);
        page.close();
    }
}
