package nl.meldpunt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.LoggedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Weekly trends in ISO week 2035-W20 (no other test uses 2035): rises, clusters and new providers. */
class TrendsTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate MONDAY = LocalDate.of(2035, 5, 14); // week 2035-W20

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;
    @Autowired CaseEditing editing;
    @Autowired Trends trends;

    private static ReportCases.Spec spec(String sector, String urgency, String theme, NewSubject provider) {
        return new ReportCases.Spec(Channel.EMAIL, "COMPLAINT", "CITIZEN", sector, urgency, List.of(theme),
                List.of(provider));
    }

    @Test
    void rises_clusters_and_new_providers_of_a_week_with_their_cases() throws Exception {
        var cases = new ReportCases(registration, queries, editing);
        var a = spec("DENTAL_CARE", "NORMAL", "ATTITUDE", NewSubject.provider("Tandkliniek Trendtest", "Assen", "87654321"));
        var b = spec("COSMETIC_ALTERNATIVE", "HIGH", "ABUSE", NewSubject.provider("Nieuwe Praktijk Trendtest", "Emmen", null));
        var c = spec("ALLIED_HEALTH", "NORMAL", "COMMUNICATION", NewSubject.provider("Fysio Clustertest", "Hoorn", null));
        var d = spec("PHARMACY_MEDICINES", "NORMAL", "MEDICATION", NewSubject.provider("Apotheek Gewoon", "Gouda", null));
        for (int w = 1; w <= 12; w++) {
            LocalDate day = MONDAY.minusWeeks(w).plusDays(2);
            cases.register(a, ReportCases.at(day, 10));
            cases.register(d, ReportCases.at(day, 11));
            cases.register(d, ReportCases.at(day, 12));
        }
        List<String> aThisWeek = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            aThisWeek.add(cases.register(a, ReportCases.at(MONDAY.plusDays(i % 7), 9 + i)));
        }
        String bCase = cases.register(b, ReportCases.at(MONDAY.plusDays(3), 14));
        String cEarlier = cases.register(c, ReportCases.at(MONDAY.minusWeeks(2), 14));
        String c1 = cases.register(c, ReportCases.at(MONDAY.plusDays(1), 14));
        String c2 = cases.register(c, ReportCases.at(MONDAY.plusDays(4), 14));
        cases.register(d, ReportCases.at(MONDAY.plusDays(2), 11));
        cases.register(d, ReportCases.at(MONDAY.plusDays(2), 12));

        TrendReport t = trends.forWeek(MONDAY, Locale.forLanguageTag("nl"));

        assertThat(t.week()).isEqualTo("2035-W20");
        assertThat(t.rises()).extracting(TrendReport.Rise::dimension, TrendReport.Rise::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("PROVIDER", "kvk:87654321"),
                        org.assertj.core.groups.Tuple.tuple("SECTOR", "DENTAL_CARE"),
                        org.assertj.core.groups.Tuple.tuple("THEME", "ATTITUDE"));
        var providerRise = t.rises().stream().filter(r -> r.dimension().equals("PROVIDER")).findFirst().orElseThrow();
        assertThat(providerRise.count()).isEqualTo(8);
        assertThat(providerRise.baselineMean()).isEqualTo(1.0);
        assertThat(providerRise.caseNumbers()).containsExactlyInAnyOrderElementsOf(aThisWeek);
        assertThat(t.clusters()).extracting(TrendReport.Cluster::name, TrendReport.Cluster::cases)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tandkliniek Trendtest", 11L),
                        org.assertj.core.groups.Tuple.tuple("Apotheek Gewoon", 8L),
                        org.assertj.core.groups.Tuple.tuple("Fysio Clustertest", 3L));
        // a steady provider is a cluster too (2 a week), but never a rise
        assertThat(t.clusters().get(2).caseNumbers()).containsExactly(cEarlier, c1, c2);
        assertThat(t.newProviders()).extracting(TrendReport.NewProvider::name).containsExactly("Nieuwe Praktijk Trendtest");
        assertThat(t.newProviders().get(0).caseNumbers()).containsExactly(bCase);

        var staff = LoggedInSession.login(baseUrl(), "inspector");
        var page = staff.get("/rapportages/trends?week=2035-W20");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/zaken/" + bCase + "\"", "Tandkliniek Trendtest, Assen");
        PersonalData.assertNoneIn(page.body());
        var api = staff.api("GET", "/api/v1/reports/trends?week=2035-W20", null);
        assertThat(api.status()).isEqualTo(200);
        JsonNode json = JSON.readTree(api.body());
        assertThat(json.get("rises").size()).isEqualTo(3);
        PersonalData.assertNoneIn(api.body());
        var pdf = staff.get("/rapportages/trends.pdf?week=2035-W20");
        assertThat(pdf.status()).isEqualTo(200);
        String text = PersonalData.pdfText(pdf.bytes());
        assertThat(text).contains("Nieuwe Praktijk Trendtest");
        PersonalData.assertNoneIn(text);
        assertThat(staff.api("GET", "/api/v1/reports/trends?week=2035-20", null).status()).isEqualTo(400);
    }
}
