package nl.meldpunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class ApplicationStartsTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void health_answers_without_login_for_load_balancers() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void staff_pages_need_a_login() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/werk")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void api_without_credentials_answers_401_problem() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/cases")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
}
