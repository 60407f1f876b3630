package nl.meldpunt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class IntakeApiTest extends IntegrationTest {

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private IntakeApiClient api() {
        return IntakeApiClient.basic(baseUrl(), "api", "api");
    }

    private IntakeApiClient staff() {
        return IntakeApiClient.basic(baseUrl(), "intake", "intake");
    }

    @Test
    void an_intake_is_acknowledged_with_its_reference_number_and_location() {
        String marker = "ack" + UUID.randomUUID().toString().substring(0, 8);
        var answer = api().postIntake(IntakeApiClient.intake(marker));

        assertThat(answer.status()).isEqualTo(201);
        JsonNode body = answer.json();
        String number = body.get("caseNumber").asString();
        assertThat(number).matches("MP-\\d{4}-\\d{6}");
        assertThat(body.get("id").asLong()).isPositive();
        assertThat(body.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(body.get("receivedAt").asString()).isNotBlank();
        assertThat(answer.header("Location")).isEqualTo("/api/v1/cases/" + number);

        JsonNode stored = staff().get("/api/v1/cases/" + number).json();
        assertThat(stored.get("channel").asString()).isEqualTo("API");
        assertThat(stored.get("kind").asString()).isEqualTo("COMPLAINT");
        assertThat(stored.get("reporterType").asString()).isEqualTo("CITIZEN");
        assertThat(stored.get("sector").asString()).isEqualTo("HOSPITAL_CARE");
        assertThat(stored.get("themes").get(0).asString()).isEqualTo("MEDICATION");
        assertThat(stored.get("occurredOn").asString()).isEqualTo("2026-11-02");
        assertThat(stored.get("registeredBy").asString()).isEqualTo("api");
        assertThat(stored.get("reporter").get("email").asString()).isEqualTo("jan@example.org");
        assertThat(stored.get("reporter").get("contactPreference").asString()).isEqualTo("EMAIL");
        assertThat(stored.get("subjects")).hasSize(3);
        assertThat(stored.get("subjects").get(0).get("kvkNumber").asString()).isEqualTo("12345678");
        assertThat(stored.get("subjects").get(1).get("bigNumber").asString()).isEqualTo(IntakeApiClient.VALID_BIG);
        assertThat(stored.get("subjects").get(2).get("lotNumber").asString()).isEqualTo("L-77");
    }

    @Test
    void received_at_defaults_to_now_and_a_given_one_is_kept() {
        Instant now = Instant.parse("2026-11-23T10:15:30Z");
        clock.fixAt(now);
        var defaulted = api().postIntake("""
                {"channel":"LETTER","text":"Brief over de thuiszorg"}""");
        assertThat(defaulted.status()).isEqualTo(201);
        assertThat(Instant.parse(defaulted.json().get("receivedAt").asString())).isEqualTo(now);

        var given = api().postIntake("""
                {"channel":"LETTER","text":"Brief over de thuiszorg","receivedAt":"2026-11-20T09:00:00+01:00"}""");
        assertThat(given.status()).isEqualTo(201);
        assertThat(Instant.parse(given.json().get("receivedAt").asString()))
                .isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
    }

    @Test
    void an_anonymous_reporter_keeps_no_personal_data() {
        var answer = api().postIntake("""
                {"channel":"WEB_FORM","text":"Anoniem signaal over een kliniek",
                 "reporter":{"anonymous":true,"name":"Piet","email":"piet@example.org","contactPreference":"EMAIL"}}""");
        assertThat(answer.status()).isEqualTo(201);
        JsonNode reporter = staff().get("/api/v1/cases/" + answer.json().get("caseNumber").asString()).json()
                .get("reporter");
        assertThat(reporter.get("anonymous").asBoolean()).isTrue();
        assertThat(reporter.has("name")).isFalse();
        assertThat(reporter.has("email")).isFalse();
        assertThat(reporter.get("contactPreference").asString()).isEqualTo("NONE");
    }

    @Test
    void every_channel_is_accepted() {
        for (String channel : new String[] {"PHONE", "WEB_FORM", "EMAIL", "LETTER", "API", "INTERNAL"}) {
            var answer = api().postIntake("{\"channel\":\"" + channel + "\",\"text\":\"Kanaal " + channel + "\"}");
            assertThat(answer.status()).as(channel).isEqualTo(201);
        }
    }

    @Test
    void reference_numbers_are_per_year_of_registration() {
        clock.fixAt(Instant.parse("2031-01-01T00:30:00Z"));
        var answer = api().postIntake("""
                {"channel":"EMAIL","text":"Eerste melding van het jaar"}""");
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("caseNumber").asString()).matches("MP-2031-\\d{6}");
    }
}
