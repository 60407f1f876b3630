package nl.meldpunt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarApiTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void adds_working_days_over_kings_day() throws Exception {
        var response = get("/api/v1/calendar/add-working-days?from=2026-04-24&days=5&calendar=OFFICE", "api");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"date\":\"2026-05-04\"}");
    }

    @Test
    void gives_the_end_of_a_statutory_term() throws Exception {
        var response = get("/api/v1/calendar/term-end?from=2026-04-13&period=P6W", "intake");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"date\":\"2026-05-26\"}");
    }

    @Test
    void lists_the_working_days_of_a_range() throws Exception {
        var response = get("/api/v1/calendar/working-days?from=2026-04-24&to=2026-04-29&calendar=STATUTORY", "api");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[\"2026-04-24\",\"2026-04-28\",\"2026-04-29\"]");
    }

    @Test
    void adds_office_hours() throws Exception {
        var response = get("/api/v1/calendar/add-office-hours?from=2026-04-24T13:00:00Z&duration=PT4H", "api");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"moment\":\"2026-04-28T09:00:00Z\"}");
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/calendar/add-working-days?from=2026-02-30&days=5                 | from
            /api/v1/calendar/add-working-days?from=2026-04-24&days=-1                | days
            /api/v1/calendar/add-working-days?from=2026-04-24&days=5&calendar=CIVIL  | calendar
            /api/v1/calendar/add-working-days?from=1999-12-31&days=5                 | from
            /api/v1/calendar/add-working-days?days=5                                 | from
            /api/v1/calendar/term-end?from=2026-03-20&period=6weeks                  | period
            /api/v1/calendar/term-end?from=2026-03-20&period=P0D                     | period
            /api/v1/calendar/term-end?from=2026-03-20&period=P11Y                    | period
            /api/v1/calendar/working-days?from=2026-01-01&to=2036-01-02              | to
            /api/v1/calendar/working-days?from=2026-01-02&to=2026-01-01              | to
            /api/v1/calendar/add-office-hours?from=2026-04-24T13:00:00Z&duration=4h  | duration
            """)
    void invalid_input_is_a_400_problem_naming_the_parameter(String path, String field) throws Exception {
        var response = get(path, "api");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void an_administrators_closed_day_counts_at_once_and_can_be_reverted() throws Exception {
        LocalDate bridge = LocalDate.of(2099, 5, 15); // a Friday
        String add = "/api/v1/calendar/add-working-days?from=2099-05-14&days=1&calendar=OFFICE";
        assertThat(get(add, "api").body()).contains("2099-05-15");

        var put = send(HttpRequest.newBuilder(uri("/api/v1/admin/calendar/OFFICE/days/" + bridge))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"working\":false,\"reason\":\"Brugdag\"}")), "admin");
        assertThat(put.statusCode()).isEqualTo(204);
        assertThat(get(add, "api").body()).contains("2099-05-18");
        assertThat(get("/api/v1/admin/calendar/OFFICE/2099", "admin").body()).contains("Brugdag");

        var delete = send(HttpRequest.newBuilder(uri("/api/v1/admin/calendar/OFFICE/days/" + bridge)).DELETE(), "admin");
        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(get(add, "api").body()).contains("2099-05-15");
    }

    @Test
    void only_administrators_change_the_calendar() throws Exception {
        var put = send(HttpRequest.newBuilder(uri("/api/v1/admin/calendar/OFFICE/days/2099-06-01"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"working\":false,\"reason\":\"x\"}")), "senior");
        assertThat(put.statusCode()).isEqualTo(403);
    }

    @Test
    void a_change_needs_a_reason() throws Exception {
        var put = send(HttpRequest.newBuilder(uri("/api/v1/admin/calendar/OFFICE/days/2099-06-01"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"working\":false,\"reason\":\" \"}")), "admin");
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.body()).contains("\"field\":\"reason\"");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(baseUrl() + path);
    }
}
