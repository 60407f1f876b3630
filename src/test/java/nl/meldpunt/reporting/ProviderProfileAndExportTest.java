package nl.meldpunt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.LoggedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Provider search and profile, the dashboard, and the analyst export with its record (cases in 2033). */
class ProviderProfileAndExportTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;
    @Autowired CaseEditing editing;
    @Autowired JdbcClient jdbc;

    @Test
    void profile_search_dashboard_and_export_show_known_cases_and_guard_personal_data() throws Exception {
        var cases = new ReportCases(registration, queries, editing);
        var first = new ReportCases.Spec(Channel.PHONE, "COMPLAINT", "CITIZEN", "GENERAL_PRACTICE", "NORMAL",
                List.of("COMMUNICATION"), List.of(NewSubject.provider("Huisartsenpraktijk Profieltest", "Delft", "55667788")));
        var sameKvkOtherName = new ReportCases.Spec(Channel.EMAIL, "REPORT", "CARE_PROVIDER", "GENERAL_PRACTICE",
                "HIGH", List.of("MEDICATION"), List.of(NewSubject.provider("HAP Profieltest Delft", "Delft", "55667788")));
        String a = cases.register(first, ReportCases.at(LocalDate.of(2032, 3, 2), 10));
        String b = cases.register(first, ReportCases.at(LocalDate.of(2033, 3, 2), 10));
        String c = cases.register(sameKvkOtherName, ReportCases.at(LocalDate.of(2033, 3, 3), 10));
        cases.status(b, CaseStatus.IN_PROGRESS, CaseStatus.FORWARDED);

        var analyst = LoggedInSession.login(baseUrl(), "analyst");
        JsonNode byName = JSON.readTree(analyst.api("GET", "/api/v1/reports/providers?q=huisartsenpraktjik%20profieltest", null).body());
        assertThat(byName.get(0).get("key").asString()).isEqualTo("kvk:55667788");
        JsonNode byKvk = JSON.readTree(analyst.api("GET", "/api/v1/reports/providers?q=55667788", null).body());
        assertThat(byKvk.get(0).get("cases").asLong()).isEqualTo(3);

        var profileResponse = analyst.api("GET", "/api/v1/reports/providers/profile?key=kvk:55667788", null);
        JsonNode profile = JSON.readTree(profileResponse.body());
        assertThat(profile.get("cases").asLong()).isEqualTo(3);
        assertThat(profile.get("perYear").get(0).get("year").asInt()).isEqualTo(2032);
        assertThat(profile.get("perYear").get(1).get("total").asLong()).isEqualTo(2);
        assertThat(profile.get("namesAndPlaces").size()).isEqualTo(2);
        assertThat(profile.get("forwarded").get(0).get("caseNumber").asString()).isEqualTo(b);
        assertThat(profileResponse.body()).contains(a, c);
        PersonalData.assertNoneIn(profileResponse.body());
        var page = analyst.get("/rapportages/aanbieders/profiel?sleutel=kvk:55667788");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<svg", "HAP Profieltest Delft, Delft");
        PersonalData.assertNoneIn(page.body());
        assertThat(analyst.get("/rapportages/aanbieders?q=Profieltest").body()).contains("Huisartsenpraktijk Profieltest");

        var dashboard = analyst.get("/rapportages/dashboard?van=2033-03-01&tot=2033-03-31");
        assertThat(dashboard.status()).isEqualTo(200);
        PersonalData.assertNoneIn(dashboard.body());

        String range = "van=2033-03-02&tot=2033-03-03&sector=GENERAL_PRACTICE";
        var plain = analyst.get("/rapportages/export.csv?" + range);
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.body().lines().count()).isEqualTo(3);
        assertThat(plain.body()).contains(b, c, "HAP Profieltest Delft (Delft)");
        PersonalData.assertNoneIn(plain.body());
        assertThat(analyst.get("/rapportages/export.csv?" + range + "&persoonsgegevens=true").status())
                .isEqualTo(403);
        var senior = LoggedInSession.login(baseUrl(), "senior");
        var personal = senior.get("/rapportages/export.csv?" + range + "&persoonsgegevens=true");
        assertThat(personal.status()).isEqualTo(200);
        assertThat(personal.body()).contains(ReportCases.CITIZEN_NAME, ReportCases.CITIZEN_EMAIL);
        var log = jdbc.sql("""
                SELECT exported_by, personal_data, rows_exported FROM report_export_log
                WHERE filter ->> 'from' = '2033-03-02' ORDER BY id""")
                .query((rs, n) -> rs.getString(1) + ":" + rs.getBoolean(2) + ":" + rs.getInt(3)).list();
        assertThat(log).containsExactly("analyst:false:2", "senior:true:2");
        assertThat(LoggedInSession.login(baseUrl(), "inspector").get("/rapportages/export.csv?" + range).status())
                .isEqualTo(403);
    }
}
