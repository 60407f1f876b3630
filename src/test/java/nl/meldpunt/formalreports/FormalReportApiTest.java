package nl.meldpunt.formalreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.UUID;
import nl.meldpunt.deadlines.Clocks;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reports from systems: JSON forms and MIR XML, with their terms and errors. */
class FormalReportApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String VALID_BIG = "12345678902";

    @Autowired TestClock clock;
    @Autowired Clocks clocks;
    @Autowired FormalReports reports;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Answer(int status, JsonNode json, String body) {}

    Answer post(String path, String contentType, String body, String user) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json = r.body().startsWith("{") ? JSON.readTree(r.body()) : null;
        return new Answer(r.statusCode(), json, r.body());
    }

    static String calamity(String awareOn) {
        return """
                {"organisationName": "Zorggroep API-test", "kvkNumber": "90000077", "establishmentNumber": "000090000077",
                 "law": "WKKGZ", "whatHappened": "Een bewoner viel uit bed en overleed later.",
                 "occurredOn": "%s", "awareOn": "%s", "outcome": "DEATH",
                 "immediateMeasures": "Bedhekken gecontroleerd.", "investigator": "Commissie calamiteitenonderzoek",
                 "investigationReportExpectedOn": "2026-06-30"}
                """.formatted(awareOn, awareOn);
    }

    @Test
    void calamity_reported_after_kings_day_weekend_is_late_by_three_working_days() throws Exception {
        // Aware Thursday 23 April 2026: three statutory working days are Fri 24, Tue 28 (Mon 27 is King's Day)
        // and Wed 29 April. Reported Monday 4 May: late by Thu 30 April, Fri 1 May and Mon 4 May.
        clock.fixAt(LocalDateTime.parse("2026-05-04T10:00").atZone(Amsterdam.ZONE).toInstant());
        Answer a = post("/api/v1/formal-reports/calamity", "application/json", calamity("2026-04-23"), "api");

        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("reference").asString()).startsWith("MP-2026-");
        assertThat(a.json().get("dueOn").asString()).isEqualTo("2026-04-29");
        assertThat(a.json().get("lateDays").asInt()).isEqualTo(3);
        assertThat(a.json().get("lateUnit").asString()).isEqualTo("WORKING_DAYS");
        String caseNumber = a.json().get("reference").asString();
        var caseClocks = clocks.forCase(caseNumber);
        assertThat(caseClocks).anySatisfy(c -> {
            assertThat(c.type()).isEqualTo("CALAMITY_REPORT");
            assertThat(c.state().name()).isEqualTo("COMPLETED");
        });
        assertThat(caseClocks).anySatisfy(c -> {
            assertThat(c.type()).isEqualTo(InvestigationClock.TYPE);
            assertThat(c.state().isOpen()).isTrue();
            assertThat(c.dueDay()).isEqualTo(java.time.LocalDate.parse("2026-06-29"));
        });
    }

    @Test
    void calamity_reported_within_three_working_days_is_on_time() throws Exception {
        clock.fixAt(LocalDateTime.parse("2026-04-29T16:00").atZone(Amsterdam.ZONE).toInstant());
        Answer a = post("/api/v1/formal-reports/calamity", "application/json", calamity("2026-04-23"), "api");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("lateDays").asInt()).isZero();
        assertThat(a.json().get("late").asBoolean()).isFalse();
    }

    @Test
    void incomplete_dismissal_report_is_a_problem_naming_each_field() throws Exception {
        Answer a = post("/api/v1/formal-reports/dismissal", "application/json", """
                {"organisationName": "Zorggroep API-test", "kvkNumber": "1234", "establishmentNumber": "000090000077",
                 "professionalName": "J. Tester", "bigNumber": "12345678901", "dismissedOn": "2999-01-01"}
                """, "api");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("type").asString()).isEqualTo("https://meldpunt.nl/problems/invalid-request");
        var fields = a.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("kvkNumber", "bigNumber", "profession", "dismissedOn", "conduct",
                "dismissalReason");
        assertThat(a.body()).doesNotContain("J. Tester");
    }

    @Test
    void unknown_report_type_is_not_found_and_staff_roles_may_not_submit() throws Exception {
        assertThat(post("/api/v1/formal-reports/gossip", "application/json", "{}", "api").status()).isEqualTo(404);
        assertThat(post("/api/v1/formal-reports/calamity", "application/json", calamity("2026-01-05"), "intake")
                .status()).isEqualTo(403);
    }

    @Test
    void valid_mir_xml_becomes_a_device_incident_case_with_its_mdr_term() throws Exception {
        String udi = "0871234" + UUID.randomUUID().toString().substring(0, 8);
        clock.fixAt(LocalDateTime.parse("2026-11-20T10:00").atZone(Amsterdam.ZONE).toInstant());
        Answer a = post("/api/v1/formal-reports/mir", "application/xml", mir("mir-valid.xml").replace(
                "UDI_PLACEHOLDER", udi), "api");

        assertThat(a.status()).as(a.body()).isEqualTo(201);
        // Death or serious deterioration: 10 days after awareness on 12 November -> 22 November; reported the 20th.
        assertThat(a.json().get("dueOn").asString()).isEqualTo("2026-11-22");
        assertThat(a.json().get("late").asBoolean()).isFalse();
        FormalReport report = reports.forCase(a.json().get("reference").asString()).orElseThrow();
        assertThat(report.fields()).containsEntry("udiDi", udi).containsEntry("lotNumber", "LOT-2026-17")
                .containsEntry("severity", "DEATH_OR_SERIOUS_DETERIORATION");
        assertThat(report.organisation().name()).isEqualTo("Fictieve Infuustechniek B.V.");

        clock.fixAt(LocalDateTime.parse("2026-11-30T10:00").atZone(Amsterdam.ZONE).toInstant());
        Answer late = post("/api/v1/formal-reports/mir", "application/xml", mir("mir-valid.xml").replace(
                "UDI_PLACEHOLDER", udi), "api");
        assertThat(late.json().get("lateDays").asInt()).isEqualTo(8);
        assertThat(late.json().get("lateUnit").asString()).isEqualTo("CALENDAR_DAYS");
        assertThat(reports.incidentsOfDevice(udi)).hasSize(2);
    }

    @Test
    void mir_xml_that_breaks_the_schema_is_refused_with_a_named_problem() throws Exception {
        Answer a = post("/api/v1/formal-reports/mir", "application/xml", mir("mir-invalid.xml"), "api");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("type").asString()).isEqualTo("https://meldpunt.nl/problems/invalid-mir-document");
        assertThat(a.json().get("detail").asString()).contains("Schema violation");
    }

    @Test
    void mir_xml_with_an_external_entity_is_refused_and_nothing_is_read() throws Exception {
        Answer a = post("/api/v1/formal-reports/mir", "application/xml", mir("mir-xxe.xml"), "api");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("type").asString()).isEqualTo("https://meldpunt.nl/problems/invalid-mir-document");
        assertThat(a.json().get("detail").asString()).contains("DOCTYPE");
        assertThat(a.body()).doesNotContain("root:");
    }

    static String mir(String name) throws IOException {
        try (var in = FormalReportApiTest.class.getResourceAsStream("/formalreports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
