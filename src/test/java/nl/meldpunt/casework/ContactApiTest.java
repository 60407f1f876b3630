package nl.meldpunt.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ContactApiTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;

    @Test
    void a_logged_call_is_in_the_contact_log_and_the_history() throws Exception {
        String number = newCase();
        var created = send("intake", "POST", "/api/v1/cases/" + number + "/contacts", """
                {"medium":"PHONE","direction":"OUTGOING","outcome":"NO_ANSWER","durationSeconds":20,"summary":"Geen gehoor"}
                """);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .startsWith("/api/v1/cases/" + number + "/contacts/"));

        JsonNode log = JSON.readTree(send("senior", "GET", "/api/v1/cases/" + number + "/contacts", null).body());
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("outcome").asString()).isEqualTo("NO_ANSWER");
        assertThat(log.get(0).get("recordedBy").asString()).isEqualTo("intake");
        long id = queries.idOf(number).orElseThrow();
        assertThat(queries.history(id)).anyMatch(h -> h.action() == HistoryAction.CONTACT_LOGGED
                && h.actor().equals("intake") && h.details().contains("NO_ANSWER"));
    }

    @Test
    void invalid_contacts_are_refused_naming_the_field() throws Exception {
        String number = newCase();
        var missing = send("intake", "POST", "/api/v1/cases/" + number + "/contacts", "{\"direction\":\"OUTGOING\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"medium\"");

        var future = send("intake", "POST", "/api/v1/cases/" + number + "/contacts",
                "{\"medium\":\"PHONE\",\"direction\":\"INCOMING\",\"occurredAt\":\"2999-01-01T10:00:00Z\"}");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"occurredAt\"");

        var unknownCase = send("intake", "POST", "/api/v1/cases/MP-1999-999999/contacts",
                "{\"medium\":\"PHONE\",\"direction\":\"INCOMING\"}");
        assertThat(unknownCase.statusCode()).isEqualTo(404);

        var analyst = send("analyst", "POST", "/api/v1/cases/" + number + "/contacts",
                "{\"medium\":\"PHONE\",\"direction\":\"INCOMING\"}");
        assertThat(analyst.statusCode()).as("only case handlers log contacts").isEqualTo(403);
    }

    private String newCase() {
        return registration.register(new NewCase(Channel.PHONE, "QUESTION", "CITIZEN", null, null, null,
                "Vraag over de wachtlijst", null, Instant.now(), null, null, null, null)).caseNumber().value();
    }

    private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
