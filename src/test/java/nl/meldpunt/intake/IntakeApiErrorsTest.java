package nl.meldpunt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every class of client error is a 400 (or 405/415) problem naming what is wrong, never a 500. */
class IntakeApiErrorsTest extends IntegrationTest {

    private IntakeApiClient api() {
        return IntakeApiClient.basic(baseUrl(), "intake", "intake");
    }

    private static List<String> fields(IntakeApiClient.Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static void assertProblem(IntakeApiClient.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("https://meldpunt.nl/problems/" + type);
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
    }

    @Test
    void missing_required_fields_are_named_one_by_one() {
        var answer = api().postIntake("{\"kind\":\"COMPLAINT\"}");
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactlyInAnyOrder("channel", "text");
    }

    @Test
    void an_unknown_field_is_refused_by_name() {
        var answer = api().postIntake("{\"channel\":\"API\",\"text\":\"x\",\"reporter\":{\"shoeSize\":43}}");
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactly("reporter.shoeSize");
    }

    @Test
    void a_wrong_type_is_refused_by_name() {
        var answer = api().postIntake("{\"channel\":\"API\",\"text\":\"x\",\"reporter\":{\"anonymous\":[1]}}");
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactly("reporter.anonymous");

        var enumValue = api().postIntake("{\"channel\":\"PIGEON\",\"text\":\"x\"}");
        assertProblem(enumValue, 400, "invalid-request");
        assertThat(fields(enumValue)).containsExactly("channel");
    }

    @Test
    void dates_in_the_wrong_format_are_refused_by_name() {
        var date = api().postIntake("{\"channel\":\"API\",\"text\":\"x\",\"occurredOn\":\"23-11-2026\"}");
        assertProblem(date, 400, "invalid-request");
        assertThat(fields(date)).containsExactly("occurredOn");

        var dateTime = api().postIntake("{\"channel\":\"API\",\"text\":\"x\",\"receivedAt\":\"gisteren\"}");
        assertProblem(dateTime, 400, "invalid-request");
        assertThat(fields(dateTime)).containsExactly("receivedAt");
    }

    @Test
    void malformed_json_is_a_problem_about_the_body() {
        var answer = api().postIntake("{\"channel\":\"API\",\"text\":");
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactly("body");
    }

    @Test
    void invalid_values_are_named_per_field() {
        var answer = api().postIntake("""
                {"channel":"API","text":"x",
                 "reporter":{"email":"not-an-address","phone":"call me","name":"%s"},
                 "subject":{"kvkNumber":"1234","bigNumber":"12345678901","establishmentNumber":"12"},
                 "themes":["%s"]}""".formatted("n".repeat(201), "t".repeat(41)));
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactlyInAnyOrder("reporter.email", "reporter.phone", "reporter.name",
                "subject.kvkNumber", "subject.bigNumber", "subject.establishmentNumber", "themes[0]");
        assertThat(answer.body()).doesNotContain("not-an-address").doesNotContain("call me");
    }

    @Test
    void unknown_reference_codes_are_named_per_field() {
        var answer = api().postIntake("""
                {"channel":"API","text":"x","kind":"GOSSIP","sector":"SPACE","urgency":"WHENEVER",
                 "themes":["MEDICATION","NOPE"],"reporter":{"type":"ALIEN"}}""");
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactlyInAnyOrder("kind", "sector", "urgency", "themes", "reporter.type");
    }

    @Test
    void received_at_in_the_future_and_missing_contact_details_are_refused() {
        var answer = api().postIntake("""
                {"channel":"API","text":"x","receivedAt":"2999-01-01T00:00:00Z",
                 "reporter":{"name":"Jan","contactPreference":"PHONE"}}""");
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactlyInAnyOrder("receivedAt", "reporter.phone");
    }

    @Test
    void implausibly_old_dates_are_refused() {
        var answer = api().postIntake("""
                {"channel":"API","text":"x","receivedAt":"-5000-01-01T00:00:00Z","occurredOn":"0001-01-01"}""");
        assertProblem(answer, 400, "invalid-request");
        assertThat(fields(answer)).containsExactlyInAnyOrder("receivedAt", "occurredOn");
    }

    @Test
    void a_body_over_the_limit_is_refused_before_it_is_read() {
        String big = "{\"channel\":\"API\",\"text\":\"" + "a".repeat(1_100_000) + "\"}";
        var answer = api().postIntake(big);
        assertProblem(answer, 400, "body-too-large");
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_with_400_not_500() {
        byte[] big = ("{\"channel\":\"API\",\"text\":\"" + "a".repeat(1_100_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        var request = api().request("/api/v1/intakes").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        var answer = api().send(request);
        assertProblem(answer, 400, "body-too-large");
    }

    @Test
    void a_wrong_content_type_is_415_problem() {
        var request = api().request("/api/v1/intakes").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("channel=API")).build();
        var answer = api().send(request);
        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(415);
    }

    @Test
    void a_wrong_method_is_405_problem() {
        var answer = api().send(api().request("/api/v1/intakes").DELETE().build());
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(405);
    }

    @Test
    void an_unknown_case_is_404_problem() {
        var answer = api().get("/api/v1/cases/MP-1999-999999");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void wrong_query_parameters_are_named() {
        var answer = api().get("/api/v1/cases?status=SLEEPING&from=yesterday&size=100000");
        assertThat(answer.status()).isEqualTo(400);
        JsonNode errors = answer.json().get("errors");
        assertThat(errors).isNotEmpty();
    }
}
