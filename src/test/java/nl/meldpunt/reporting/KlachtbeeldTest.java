package nl.meldpunt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.Classification;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.reporting.KlachtbeeldFigures.Count;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.LoggedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Klachtbeeld of 2038 (a year no other test uses) from known cases: every number, "<5" in published output
 * only, the generated text, the frozen edition, and no citizen's personal data in HTML, PDF, CSV or JSON.
 */
class KlachtbeeldTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int YEAR = 2038;

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;
    @Autowired CaseEditing editing;
    @Autowired Klachtbeelden klachtbeelden;

    private ReportCases cases;
    private final List<String> mental = new ArrayList<>();

    private void createKnownCases() {
        cases = new ReportCases(registration, queries, editing);
        var elderly = new ReportCases.Spec(Channel.PHONE, "COMPLAINT", "CITIZEN", "ELDERLY_CARE", "NORMAL",
                List.of("ATTITUDE"), List.of());
        var elderlyTwoThemes = new ReportCases.Spec(Channel.PHONE, "COMPLAINT", "CITIZEN", "ELDERLY_CARE", "NORMAL",
                List.of("ATTITUDE", "COMMUNICATION"), List.of());
        var mentalReport = new ReportCases.Spec(Channel.WEB_FORM, "REPORT", "CARE_PROVIDER", "MENTAL_HEALTH", "HIGH",
                List.of("SAFETY_HYGIENE"), List.of());
        List<String> elderlyCases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            elderlyCases.add(cases.register(i < 2 ? elderlyTwoThemes : elderly,
                    ReportCases.at(LocalDate.of(YEAR, 2, 3 + i), 10)));
        }
        // 23:30 on 31 December in Amsterdam is still this year (22:30 UTC); 00:30 on 1 January is the next
        elderlyCases.add(cases.register(elderly, local(LocalDateTime.of(YEAR, 12, 31, 23, 30))));
        cases.register(elderly, local(LocalDateTime.of(YEAR + 1, 1, 1, 0, 30)));
        for (int i = 0; i < 3; i++) {
            mental.add(cases.register(mentalReport, ReportCases.at(LocalDate.of(YEAR, 6, 10 + i), 9)));
        }
        for (int i = 0; i < 4; i++) {
            cases.register(elderly, ReportCases.at(LocalDate.of(YEAR - 1, 1, 10 + i), 9));
        }
        cases.register(mentalReport, ReportCases.at(LocalDate.of(YEAR - 2, 3, 1), 9));
        cases.register(mentalReport, ReportCases.at(LocalDate.of(YEAR - 2, 3, 2), 9));
        cases.status(elderlyCases.get(0), CaseStatus.IN_PROGRESS, CaseStatus.FORWARDED);
        cases.status(elderlyCases.get(1), CaseStatus.IN_PROGRESS, CaseStatus.FORWARDED, CaseStatus.MONITORING);
        cases.status(elderlyCases.get(2), CaseStatus.IN_PROGRESS, CaseStatus.CLOSED);
    }

    private static java.time.Instant local(LocalDateTime t) {
        return t.atZone(Amsterdam.ZONE).toInstant();
    }

    @Test
    void known_cases_give_every_number_suppressed_only_when_published_and_frozen_after_publication() throws Exception {
        createKnownCases();

        KlachtbeeldFigures f = klachtbeelden.count(YEAR);
        assertThat(f.total()).isEqualTo(9);
        assertThat(f.complaints()).isEqualTo(6);
        assertThat(f.complaintsYearBefore()).isEqualTo(4);
        assertThat(f.monthly().get(1).year()).isEqualTo(5);
        assertThat(f.monthly().get(11).year()).isEqualTo(1);
        assertThat(f.monthly().get(5).year()).isEqualTo(3);
        assertThat(f.monthly().get(0).yearBefore()).isEqualTo(4);
        assertThat(f.monthly().get(2).twoYearsBefore()).isEqualTo(2);
        assertThat(f.monthly().stream().mapToLong(KlachtbeeldFigures.Month::year).sum()).isEqualTo(9);
        assertThat(f.channels()).containsExactly(new Count("PHONE", 6), new Count("WEB_FORM", 3));
        assertThat(f.sectors()).containsExactly(new Count("ELDERLY_CARE", 6), new Count("MENTAL_HEALTH", 3));
        assertThat(f.themesPerSector().get(0).themes())
                .containsExactly(new Count("ATTITUDE", 6), new Count("COMMUNICATION", 2));
        assertThat(f.themesPerSector().get(1).themes()).containsExactly(new Count("SAFETY_HYGIENE", 3));
        assertThat(f.forwarded()).isEqualTo(2);
        assertThat(f.forwardedOutcomes()).containsExactlyInAnyOrder(new Count("FORWARDED", 1), new Count("MONITORING", 1));
        assertThat(f.kinds()).containsExactly(new Count("COMPLAINT", 6), new Count("REPORT", 3));
        assertThat(f.urgencies()).containsExactly(new Count("NORMAL", 6), new Count("HIGH", 3));
        assertThat(f.reporterTypes()).containsExactly(new Count("CITIZEN", 6), new Count("CARE_PROVIDER", 3));

        var staff = LoggedInSession.login(baseUrl(), "analyst");
        // internal page: exact numbers and the full text
        var internal = staff.get("/rapportages/klachtbeeld?jaar=" + YEAR);
        assertThat(internal.status()).isEqualTo(200);
        assertThat(internal.body()).contains("In 2038 ontving het LMZ 6 klachten, 50% meer dan in 2037.")
                .contains("<svg").doesNotContain("&lt;5</td>");
        PersonalData.assertNoneIn(internal.body());

        // published JSON: small numbers as "<5", no comparison with a hidden number
        JsonNode json = JSON.readTree(staff.api("GET", "/api/v1/reports/klachtbeeld?year=" + YEAR, null).body());
        assertThat(json.get("total").asString()).isEqualTo("9");
        assertThat(json.get("complaints").asString()).isEqualTo("6");
        assertThat(json.get("forwarded").asString()).isEqualTo("<5");
        assertThat(json.get("text").asString()).startsWith("In 2038 ontving het LMZ 6 klachten.")
                .contains("Ouderenzorg");
        assertThat(json.get("channels").get(0).get("count").asString()).isEqualTo("6");
        assertThat(json.get("channels").get(1).get("count").asString()).isEqualTo("<5");
        assertThat(json.get("themesPerSector").get(0).get("themes").get(1).get("count").asString()).isEqualTo("<5");
        assertThat(json.get("monthly").get(1).get("2038").asString()).isEqualTo("5");
        assertThat(json.get("monthly").get(0).get("2038").asString()).isEqualTo("<5");
        PersonalData.assertNoneIn(json.toString());

        var csv = staff.api("GET", "/api/v1/reports/klachtbeeld.csv?year=" + YEAR, null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("sector;ELDERLY_CARE;", "sector;MENTAL_HEALTH;Geestelijke gezondheidszorg (GGZ);<5",
                "channel;PHONE;Telefoon;6");
        assertThat(csv.body().lines().filter(l -> l.matches(".*;[1-4]$")).toList()).as("no count 1-4 in CSV").isEmpty();
        PersonalData.assertNoneIn(csv.body());

        var pdf = staff.get("/rapportages/klachtbeeld.pdf?jaar=" + YEAR);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String pdfText = PersonalData.pdfText(pdf.bytes());
        assertThat(pdfText).contains("Klachtbeeld 2038", "<5", "In 2038 ontving het LMZ 6 klachten");
        PersonalData.assertNoneIn(pdfText);

        // publish, then reclassify: the published figures stay, the internal view moves
        var published = staff.api("POST", "/api/v1/reports/klachtbeeld/" + YEAR + "/publication", null);
        assertThat(published.status()).isEqualTo(201);
        assertThat(staff.api("POST", "/api/v1/reports/klachtbeeld/" + YEAR + "/publication", null).status()).isEqualTo(409);
        var c = queries.find(mental.get(0), false).orElseThrow();
        editing.classify(mental.get(0), c.version(), new Classification("REPORT", "CARE_PROVIDER", "ELDERLY_CARE",
                "HIGH", List.of("SAFETY_HYGIENE"), null), "herclassificatie");
        assertThat(klachtbeelden.count(YEAR).sectors()).contains(new Count("ELDERLY_CARE", 7));
        JsonNode frozen = JSON.readTree(staff.api("GET", "/api/v1/reports/klachtbeeld?year=" + YEAR, null).body());
        assertThat(frozen.get("sectors").get(0).get("count").asString()).isEqualTo("6");
        assertThat(frozen.get("published").asBoolean()).isTrue();
    }

    @Test
    void suppression_hides_zero_to_four_and_shows_five() {
        var s = new Suppression(true, Locale.forLanguageTag("nl"));
        assertThat(List.of(s.n(0), s.n(1), s.n(4), s.n(5), s.n(6885))).containsExactly("<5", "<5", "<5", "5", "6.885");
        assertThat(new Suppression(false, Locale.forLanguageTag("nl")).n(3)).isEqualTo("3");
        assertThat(s.percent(3, 100)).isEmpty();
    }
}
