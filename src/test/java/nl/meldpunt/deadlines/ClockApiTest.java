package nl.meldpunt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The clock API end to end: a Wkkgz provider clock paused, resumed and extended, and the refusals. */
class ClockApiTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired CaseRegistration registration;
    @Autowired TestClock testClock;

    @AfterEach
    void resetClock() {
        testClock.reset();
    }

    @Test
    void provider_clock_is_started_paused_resumed_and_extended_through_the_api() throws Exception {
        String number = registerCase();
        String clocks = "/api/v1/cases/" + number + "/clocks";

        var started = post(clocks, "{\"type\":\"PROVIDER_COMPLAINT\",\"startAt\":\"2026-04-13T08:00:00Z\","
                + "\"reason\":\"Klacht bij zorgaanbieder ingediend\"}", "senior");
        assertThat(started.statusCode()).isEqualTo(201);
        assertThat(started.body()).contains("\"state\":\"RUNNING\"", "\"party\":\"PROVIDER\"",
                "\"dueAt\":\"2026-05-26T22:00:00Z\"");
        long id = id(started.body());

        testClock.fixAt(java.time.Instant.parse("2026-04-20T08:00:00Z"));
        var paused = post(clocks + "/" + id + "/pause", "{\"reason\":\"Wacht op machtiging\"}", "intake");
        assertThat(paused.statusCode()).isEqualTo(200);
        assertThat(paused.body()).contains("\"state\":\"PAUSED\"");

        testClock.fixAt(java.time.Instant.parse("2026-04-23T08:00:00Z"));
        var resumed = post(clocks + "/" + id + "/resume", "{}", "intake");
        assertThat(resumed.statusCode()).isEqualTo(200);
        // 3 calendar days paused: the term counts from 16 April, 6 weeks to Thu 28 May 2026
        assertThat(resumed.body()).contains("\"state\":\"RUNNING\"", "\"dueAt\":\"2026-05-28T22:00:00Z\"");

        var extended = post(clocks + "/" + id + "/extend", "{\"by\":\"P4W\",\"reason\":\"Zorgaanbieder verlengt\"}",
                "senior");
        assertThat(extended.statusCode()).isEqualTo(200);
        // 10 weeks from 16 April: Thu 25 June 2026
        assertThat(extended.body()).contains("\"dueAt\":\"2026-06-25T22:00:00Z\"", "\"extensions\":1");

        var again = post(clocks + "/" + id + "/extend", "{\"by\":\"P1W\",\"reason\":\"Nog eens\"}", "senior");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("extension-beyond-maximum");

        var list = get(clocks, "inspector");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("PROVIDER_COMPLAINT");

        var history = get("/api/v1/cases/" + number + "/history", "senior");
        assertThat(history.body()).contains("CLOCK_CHANGED", "EXTENDED", "Wacht op machtiging");
    }

    @Test
    void refusals_are_problem_details() throws Exception {
        String number = registerCase();
        String clocks = "/api/v1/cases/" + number + "/clocks";
        var started = post(clocks, "{\"type\":\"INSPECTOR_DECISION\"}", "inspector");
        assertThat(started.statusCode()).isEqualTo(201);
        long id = id(started.body());

        assertThat(post(clocks, "{\"type\":\"NO_SUCH_CLOCK\"}", "senior").body()).contains("\"field\":\"type\"");
        assertThat(post(clocks + "/" + id + "/resume", "{}", "senior").statusCode()).isEqualTo(409);
        assertThat(post(clocks + "/" + id + "/pause", "{}", "senior").body()).contains("\"field\":\"reason\"");
        assertThat(post(clocks + "/" + id + "/stop", "{\"reason\":\"x\"}", "analyst").statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/cases/MP-2026-999999/clocks/" + id + "/complete", "{}", "senior").statusCode())
                .isEqualTo(404);
        assertThat(post(clocks, "{\"type\":\"INSPECTOR_DECISION\"}", "senior").statusCode()).isEqualTo(409);
    }

    private String registerCase() {
        var reporter = new NewReporter(false, null, "Api Test", "api@example.org", null, null, ContactPreference.EMAIL);
        return registration.register(new NewCase(Channel.WEB_FORM, "COMPLAINT", "CITIZEN", null, "NORMAL", List.of(),
                "Klacht", null, null, reporter, List.of(), List.of(), null)).caseNumber().value();
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET(), user);
    }

    private HttpResponse<String> post(String path, String body, String user) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), user);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
