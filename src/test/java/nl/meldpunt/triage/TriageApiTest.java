package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.RegisteredCase;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TriageApiTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    CaseRegistration registration;

    @Autowired
    TriageSuggestions suggestions;

    @Autowired
    DutyRoster roster;

    @Autowired
    java.time.Clock clock;

    @Test
    void suggest_returns_labels_confidences_explanation_and_model_version() throws Exception {
        var response = post("/api/v1/triage/suggest", "api", """
                {"text":"Mijn moeder in verpleeghuis De Linde krijgt al dagen de verkeerde medicijnen en de verzorging reageert niet op mijn klacht.","channel":"WEB_FORM","reporterType":"CITIZEN"}
                """);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("kind").path("code").asString()).isNotBlank();
        assertThat(body.path("kind").path("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(body.path("sector").path("code").asString()).isEqualTo("ELDERLY_CARE");
        assertThat(body.path("urgency").path("code").asString()).isIn("ACUTE", "HIGH", "NORMAL");
        assertThat(body.path("themes").isArray()).isTrue();
        assertThat(body.path("explanation").path("sector").path("phrases").isArray()).isTrue();
        assertThat(body.path("modelVersion").asString()).startsWith("triage-v");
    }

    @Test
    void blank_text_is_a_400_problem_naming_text() throws Exception {
        var response = post("/api/v1/triage/suggest", "api", "{\"text\":\"   \"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"text\"");
    }

    @Test
    void binary_other_scripts_and_html_still_get_a_suggestion() throws Exception {
        for (String text : new String[] {"\\u0000\\u0001\\u00ff\\ufffd\\u0007", "مرحبا أمي في دار رعاية 医院的护士",
                "<script>alert(1)</script><img src=x onerror=alert(2)>"}) {
            var response = post("/api/v1/triage/suggest", "api", "{\"text\":\"" + text + "\"}");
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void suggestion_fragment_renders_escaped_text_for_staff() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=intake&password=intake&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.discarding());
        var response = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/triage/suggestion-fragment?text="
                        + java.net.URLEncoder.encode("<script>x</script> klacht over de tandarts", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("triage-suggestion").doesNotContain("<script>");
    }

    @Test
    void a_registered_acute_intake_gets_a_stored_suggestion_an_alert_mail_and_waits_for_a_senior() throws Exception {
        String inspector = "dienst-" + System.nanoTime() + "@igj.example";
        LocalDate today = LocalDate.now(clock.withZone(nl.meldpunt.platform.Amsterdam.ZONE));
        // Removed at the end, so other tests' acute intakes do not mail this inspector.
        DutyRoster.Entry duty = roster.add(today.minusDays(1), today.plusDays(1), inspector);
        try {
            registerAcuteIntakeAndAcknowledge(inspector);
        } finally {
            roster.remove(duty.id());
        }
    }

    private void registerAcuteIntakeAndAcknowledge(String inspector) throws Exception {
        RegisteredCase registered = registration.register(new NewCase(Channel.PHONE, null, "CITIZEN", null, null, null,
                "Dochter belt, huilend. Haar vader is gisteren ontslagen uit de kliniek en heeft vandaag "
                        + "afscheidsberichten gestuurd. Hij zegt dat het vanavond klaar is.",
                null, Instant.now(), null, null, null, null));

        StoredSuggestion stored = waitFor(() -> suggestions.forCase(registered.id()));
        assertThat(stored.suggestion().urgency().code()).isEqualTo("ACUTE");
        assertThat(stored.suggestion().explanation().rules()).extracting(RuleFiring::rule).contains("SuicideRisk");
        assertThat(suggestions.unacknowledged()).extracting(AcuteAlert::caseId).contains(registered.id());

        MimeMessage mail = waitFor(() -> java.util.Arrays.stream(TestMail.server().getReceivedMessages())
                .filter(m -> recipient(m).equals(inspector)).findFirst());
        assertThat(mail.getSubject()).contains(registered.caseNumber().value());

        var byIntake = post("/api/v1/triage/acute/" + registered.id() + "/acknowledge", "intake", "");
        assertThat(byIntake.statusCode()).isEqualTo(403);
        var bySenior = post("/api/v1/triage/acute/" + registered.id() + "/acknowledge", "senior", "");
        assertThat(bySenior.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(bySenior.body()).path("acknowledgedBy").asString()).isEqualTo("senior");
        assertThat(suggestions.unacknowledged()).extracting(AcuteAlert::caseId).doesNotContain(registered.id());
    }

    @Test
    void admin_can_roll_back_to_an_earlier_model_version() throws Exception {
        suggestions.suggest("warm up", null, null);
        var list = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/admin/triage/models"))
                .header("Authorization", basic("admin")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        String version = JSON.readTree(list.body()).get(0).path("version").asString();
        var activated = post("/api/v1/admin/triage/models/" + version + "/activate", "admin", "");
        assertThat(activated.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(activated.body()).path("active").asBoolean()).isTrue();
        assertThat(post("/api/v1/admin/triage/models/no-such/activate", "admin", "").statusCode()).isEqualTo(404);
        assertThat(post("/api/v1/admin/triage/models/" + version + "/activate", "senior", "").statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> post(String path, String user, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static <T> T waitFor(Supplier<Optional<T>> probe) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(probe::get, Optional::isPresent).orElseThrow();
    }
}
