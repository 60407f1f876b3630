package nl.meldpunt.casework;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import nl.meldpunt.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cases to handle and an HTTP client for the case-handling API, for the lifecycle tests. */
abstract class LifecycleApiSupport extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;

    /** A citizen's complaint whose reporter wants to be called. */
    String citizenComplaint() {
        return register(new NewReporter(false, ReporterRelation.PATIENT, "Karin de Boer", null, "0612345678", null,
                ContactPreference.PHONE), "CITIZEN");
    }

    String anonymousComplaint() {
        return register(NewReporter.anonymousReporter(ReporterRelation.PATIENT), "CITIZEN");
    }

    String register(NewReporter reporter, String reporterType) {
        return registration.register(new NewCase(Channel.WEB_FORM, "COMPLAINT", reporterType, "ELDERLY_CARE",
                "NORMAL", null, "Mijn moeder krijgt haar medicijnen niet op tijd", null, Instant.now(), reporter,
                null, null, null)).caseNumber().value();
    }

    long version(String number) {
        return queries.find(number, false).orElseThrow().version();
    }

    CaseStatus status(String number) {
        return queries.find(number, false).orElseThrow().status();
    }

    /** Moves a new case to IN_PROGRESS through the status API. */
    void inProgress(String number) throws Exception {
        ok(post("intake", number, "/status", "{\"version\":%d,\"status\":\"IN_PROGRESS\"}".formatted(version(number)),
                "PUT"));
    }

    HttpResponse<String> post(String user, String number, String path, String body) throws Exception {
        return post(user, number, path, body, "POST");
    }

    HttpResponse<String> post(String user, String number, String path, String body, String method) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/cases/" + number + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        return response;
    }

    static String problemType(HttpResponse<String> response) {
        JsonNode node = JSON.readTree(response.body());
        return node.path("type").asString();
    }

    String consult(String number, boolean agrees) throws Exception {
        ok(post("intake", number, "/consultations", """
                {"version":%d,"consultedOn":"2026-11-20","medium":"PHONE","summary":"Besproken wat doorzetten betekent",
                 "agreesToForwarding":%s}
                """.formatted(version(number), agrees)));
        return number;
    }

    HttpResponse<String> forward(String user, String number) throws Exception {
        return post(user, number, "/forwarding", """
                {"version":%d,"motivation":"Structureel te laat met medicatie","urgency":"HIGH","targetTeam":"TOEZICHT-CURE"}
                """.formatted(version(number)));
    }
}
