package nl.meldpunt.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The case API: read, search, history, and classification with optimistic locking. */
class CaseApiTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    CaseRegistration registration;

    record Answer(int status, JsonNode json, String contentType) {}

    private Answer call(String user, String method, String path, String body) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        var r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()),
                r.headers().firstValue("Content-Type").orElse(""));
    }

    private String newCase(String text) {
        return registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", "ELDERLY_CARE", "NORMAL",
                List.of("ATTITUDE"), text, null, null, null,
                List.of(NewSubject.provider("Verpleeghuis Zonnehof", "Zwolle", null)), null, null))
                .caseNumber().value();
    }

    @Test
    void a_stale_classification_is_refused_with_409_and_overwrites_nothing() throws Exception {
        String number = newCase("Onvriendelijke bejegening in het verpleeghuis");
        long version = call("intake", "GET", "/api/v1/cases/" + number, null).json().get("version").asLong();

        var first = call("intake", "PUT", "/api/v1/cases/" + number + "/classification", """
                {"version":%d,"kind":"COMPLAINT","sector":"ELDERLY_CARE","urgency":"HIGH","themes":["ABUSE"]}"""
                .formatted(version));
        var stale = call("senior", "PUT", "/api/v1/cases/" + number + "/classification", """
                {"version":%d,"kind":"QUESTION","sector":"HOME_CARE","urgency":"NORMAL","themes":[]}"""
                .formatted(version));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("version").asLong()).isEqualTo(version + 1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("type").asString())
                .isEqualTo("https://meldpunt.nl/problems/changed-by-someone-else");
        JsonNode after = call("intake", "GET", "/api/v1/cases/" + number, null).json();
        assertThat(after.get("urgency").asString()).isEqualTo("HIGH");
        assertThat(after.get("kind").asString()).isEqualTo("COMPLAINT");
        assertThat(after.get("version").asLong()).isEqualTo(version + 1);
        JsonNode history = call("intake", "GET", "/api/v1/cases/" + number + "/history", null).json();
        // Clocks started by the intake write their own entries; the classification must appear exactly once.
        var caseEntries = new java.util.ArrayList<JsonNode>();
        history.forEach(e -> {
            if (!e.get("action").asString().equals("CLOCK_CHANGED")) {
                caseEntries.add(e);
            }
        });
        assertThat(caseEntries).extracting(e -> e.get("action").asString()).containsExactly("REGISTERED", "CLASSIFIED");
        assertThat(caseEntries.get(1).get("actor").asString()).isEqualTo("intake");
    }

    @Test
    void classification_with_an_unknown_code_names_the_field() throws Exception {
        String number = newCase("Vraag over de huisarts");
        var answer = call("intake", "PUT", "/api/v1/cases/" + number + "/classification",
                "{\"version\":0,\"sector\":\"MOON\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("sector");
    }

    @Test
    void classification_without_a_version_is_a_400_naming_it() throws Exception {
        String number = newCase("Vraag over de tandarts");
        var answer = call("intake", "PUT", "/api/v1/cases/" + number + "/classification", "{\"kind\":\"QUESTION\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
    }

    @Test
    void a_null_theme_is_a_400_not_a_500() throws Exception {
        String number = newCase("Vraag over de apotheek");
        var answer = call("intake", "PUT", "/api/v1/cases/" + number + "/classification",
                "{\"version\":0,\"themes\":[null]}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("themes[0]");
    }

    @Test
    void an_analyst_may_read_but_not_classify() throws Exception {
        String number = newCase("Signaal over een kliniek");
        var read = call("analyst", "GET", "/api/v1/cases/" + number, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().has("reporter")).isFalse();
        var write = call("analyst", "PUT", "/api/v1/cases/" + number + "/classification", "{\"version\":0}");
        assertThat(write.status()).isEqualTo(403);
    }

    @Test
    void full_text_search_finds_a_case_by_its_text_and_subject() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String number = newCase("De nachtdienst was onbereikbaar " + word);
        var byText = call("analyst", "GET", "/api/v1/cases?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), null);
        assertThat(byText.status()).isEqualTo(200);
        assertThat(byText.json().get("items")).extracting(i -> i.get("caseNumber").asString()).containsExactly(number);
        var bySubject = call("analyst", "GET", "/api/v1/cases?q=zonnehof&size=200", null);
        assertThat(bySubject.json().get("items")).extracting(i -> i.get("caseNumber").asString()).contains(number);
    }

    @Test
    void full_text_hits_come_newest_first_and_page_by_received_time() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        java.time.Instant base = java.time.Instant.parse("2026-03-02T09:00:00Z");
        String middle = caseReceivedAt("Tweede melding " + word, base.plusSeconds(3600));
        String oldest = caseReceivedAt("Eerste melding " + word, base);
        String newest = caseReceivedAt("Derde melding " + word, base.plusSeconds(7200));

        var first = call("senior", "GET", "/api/v1/cases?size=2&q=" + word, null);
        var second = call("senior", "GET", "/api/v1/cases?size=2&page=1&q=" + word, null);

        assertThat(first.json().get("items")).extracting(i -> i.get("caseNumber").asString())
                .containsExactly(newest, middle);
        assertThat(second.json().get("items")).extracting(i -> i.get("caseNumber").asString())
                .containsExactly(oldest);
        assertThat(first.json().get("total").asLong()).isEqualTo(3);
    }

    private String caseReceivedAt(String text, java.time.Instant receivedAt) {
        return registration.register(new NewCase(Channel.LETTER, "COMPLAINT", "CITIZEN", "ELDERLY_CARE", "NORMAL",
                List.of(), text, null, receivedAt, null, List.of(), null, null)).caseNumber().value();
    }
}
