package nl.meldpunt.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.deadlines.Clocks;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.LoggedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every list of cases applies the need-to-know policy in its query: a restricted case appears in the work list,
 * the queues, the forwarded queue and the acute banner only for the people named on it.
 */
class NeedToKnowListsTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    CaseRegistration registration;
    @Autowired
    Clocks clocks;
    @Autowired
    JdbcClient jdbc;

    record Pair(String restricted, String open, String word, String team) {}

    /** A restricted case (named: senior, intake) and an ordinary one, with the same word, queue team and alerts. */
    private Pair twoCases() throws Exception {
        String word = "ntk" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String team = ("NTK-" + word).substring(0, Math.min(40, word.length() + 4)).toUpperCase();
        String restricted = newCase(word);
        String open = newCase(word);
        var set = api("senior", "PUT", "/api/v1/cases/" + restricted + "/restriction",
                "{\"reason\":\"Klacht over een collega\",\"members\":[\"intake\"]}");
        assertThat(set.statusCode()).isEqualTo(200);
        for (String number : List.of(restricted, open)) {
            if (clocks.forCase(number).stream().noneMatch(c -> c.state().isOpen())) {
                clocks.start(number, "CALLBACK", null, "test");
            }
            // Routing is normally copied from the case's assignment; set here directly (test only).
            jdbc.sql("UPDATE case_clock SET team = :t, assignee = 'admin' WHERE case_number = :n")
                    .param("t", team).param("n", number).update();
            long id = jdbc.sql("SELECT id FROM case_file WHERE case_number = :n").param("n", number)
                    .query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO case_forwarding (case_id, state, forwarded_at, forwarded_by, motivation, urgency,
                        target_team) VALUES (:id, 'AWAITING_INSPECTOR', :at, 'senior', 'test', 'NORMAL', :t)
                    """).param("id", id).param("at", Timestamp.from(Instant.now())).param("t", team).update();
            jdbc.sql("""
                    INSERT INTO triage_acute_alert (case_id, case_number, raised_at, reasons)
                    VALUES (:id, :n, :at, 'test') ON CONFLICT DO NOTHING
                    """).param("id", id).param("n", number).param("at", Timestamp.from(Instant.now())).update();
        }
        return new Pair(restricted, open, word, team);
    }

    private String newCase(String word) {
        var reporter = new NewReporter(false, null, "Lijst Persoon", "lijst@example.org", null, null,
                ContactPreference.EMAIL);
        return registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", null, "NORMAL", List.of(),
                "Melding " + word, null, null, reporter, List.of(), List.of(), null)).caseNumber().value();
    }

    private HttpResponse<String> api(String user, String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void seenOnlyByNamed(Pair p, String list, String named, String outsiderBody) {
        assertThat(named).as(list + " for a named person").contains(p.restricted(), p.open());
        assertThat(outsiderBody).as(list + " for an outsider").contains(p.open()).doesNotContain(p.restricted());
    }

    @Test
    void the_work_list_search_shows_a_restricted_case_only_to_the_named_people() throws Exception {
        Pair p = twoCases();
        String path = "/werk?status=ALL&q=" + p.word();
        seenOnlyByNamed(p, "work list", LoggedInSession.login(baseUrl(), "senior").get(path).body(),
                LoggedInSession.login(baseUrl(), "admin").get(path).body());
        seenOnlyByNamed(p, "case search API", api("intake", "GET", "/api/v1/cases?q=" + p.word(), null).body(),
                api("analyst", "GET", "/api/v1/cases?q=" + p.word(), null).body());
    }

    @Test
    void the_team_queue_shows_a_restricted_case_only_to_the_named_people() throws Exception {
        Pair p = twoCases();
        String path = "/werk/team?team=" + p.team();
        seenOnlyByNamed(p, "team queue", LoggedInSession.login(baseUrl(), "senior").get(path).body(),
                LoggedInSession.login(baseUrl(), "admin").get(path).body());
    }

    @Test
    void my_queue_leaves_out_a_restricted_case_even_when_its_clock_names_me() throws Exception {
        Pair p = twoCases();
        String mine = LoggedInSession.login(baseUrl(), "admin").get("/werk/mijn").body();
        assertThat(mine).doesNotContain(p.restricted());
    }

    @Test
    void the_forwarded_queue_shows_a_restricted_case_only_to_the_named_people() throws Exception {
        Pair p = twoCases();
        String path = "/werk/doorgezet?team=" + p.team();
        seenOnlyByNamed(p, "forwarded queue", LoggedInSession.login(baseUrl(), "senior").get(path).body(),
                LoggedInSession.login(baseUrl(), "inspector").get(path).body());
    }

    @Test
    void the_acute_banner_and_alert_list_show_a_restricted_case_only_to_the_named_people() throws Exception {
        Pair p = twoCases();
        seenOnlyByNamed(p, "acute banner", LoggedInSession.login(baseUrl(), "senior").get("/werk/mijn").body(),
                LoggedInSession.login(baseUrl(), "analyst").get("/werk/mijn").body());
        seenOnlyByNamed(p, "acute API", api("intake", "GET", "/api/v1/triage/acute", null).body(),
                api("admin", "GET", "/api/v1/triage/acute", null).body());
        long id = jdbc.sql("SELECT id FROM case_file WHERE case_number = :n").param("n", p.restricted())
                .query(Long.class).single();
        assertThat(api("admin", "POST", "/api/v1/triage/acute/" + id + "/acknowledge", null).statusCode())
                .as("an outsider cannot acknowledge the alert of a case they may not see").isEqualTo(404);
        assertThat(api("senior", "POST", "/api/v1/triage/acute/" + id + "/acknowledge", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void the_daily_signal_overview_page_shows_a_restricted_case_only_to_the_named_people() throws Exception {
        Pair p = twoCases();
        seenOnlyByNamed(p, "signal overview", LoggedInSession.login(baseUrl(), "senior").get("/rapportages/signalen")
                .body(), LoggedInSession.login(baseUrl(), "inspector").get("/rapportages/signalen").body());
    }
}
