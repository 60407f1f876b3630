package nl.meldpunt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The public form over plain HTTP: open to everyone, protected against cross-site posts, styled without login. */
class PublicFormHttpTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_form_needs_no_login_and_has_a_strict_content_security_policy() throws Exception {
        var response = get("/melden");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(response.body()).contains("name=\"_csrf\"").contains("enctype=\"multipart/form-data\"");
    }

    @Test
    void the_stylesheets_of_public_pages_load_without_login() throws Exception {
        assertThat(get("/vendor/utrecht/component-library-css-9.0.4.css").statusCode()).isEqualTo(200);
        assertThat(get("/css/meldpunt.css").statusCode()).isEqualTo(200);
    }

    @Test
    void a_post_from_another_site_without_csrf_token_is_refused() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/melden"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("kind=QUESTION&description=x&relation=PATIENT&anonymous=true"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void a_guessed_confirmation_url_shows_nothing() throws Exception {
        var response = get("/melden/ontvangen/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("MP-");
    }
}
