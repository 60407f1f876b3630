package nl.meldpunt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.Classification;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.reporting.KlachtbeeldFigures.Count;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The per-case report facts (decision 2600) follow every change to a case: the dashboard, the provider profile and
 * the trends show a registration, a reclassification (an event) and status moves that publish no event (found
 * through the history high-water mark), and the facts equal the live definition before and after a full rebuild.
 * Cases in 2053 (a year no other test uses) about a KvK number of their own.
 */
class ReportCaseFactsTest extends IntegrationTest {

    private static final String KVK = "53053053";
    private static final String KEY = "kvk:" + KVK;
    private static final LocalDate DAY = LocalDate.of(2053, 6, 3);

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;
    @Autowired CaseEditing editing;
    @Autowired Dashboard dashboard;
    @Autowired ProviderProfiles profiles;
    @Autowired Trends trends;
    @Autowired ReportCaseFacts facts;
    @Autowired JdbcClient jdbc;

    @Test
    void dashboard_profile_and_trends_follow_registration_reclassification_and_status_moves() {
        var cases = new ReportCases(registration, queries, editing);
        var spec = new ReportCases.Spec(Channel.PHONE, "COMPLAINT", "CITIZEN", "ELDERLY_CARE", "NORMAL",
                List.of("ATTITUDE"), List.of(NewSubject.provider("Zorghuis Feitentest", "Zwolle", KVK)));
        String first = cases.register(spec, ReportCases.at(DAY, 10));
        String second = cases.register(spec, ReportCases.at(DAY, 11));

        Dashboard.Figures before = dashboard.figures(DAY, DAY);
        assertThat(before.intake()).isEqualTo(2);
        assertThat(before.forwarded()).isZero();
        assertThat(before.medianClosureDays()).isNull();
        ProviderProfile profile = profiles.profile(KEY, Locale.ROOT).orElseThrow();
        assertThat(profile.cases()).isEqualTo(2);
        assertThat(profile.forwarded()).isEmpty();

        // event-less status moves (only case_history shows them) and a reclassification (CaseClassified)
        cases.status(first, CaseStatus.IN_PROGRESS, CaseStatus.FORWARDED);
        cases.status(second, CaseStatus.IN_PROGRESS, CaseStatus.CLOSED);
        var c = queries.find(second, false).orElseThrow();
        editing.classify(second, c.version(), new Classification("REPORT", "CITIZEN", "ELDERLY_CARE", "HIGH",
                List.of("SAFETY_HYGIENE"), null), "test");

        Dashboard.Figures after = dashboard.figures(DAY, DAY);
        assertThat(after.intake()).isEqualTo(2);
        assertThat(after.forwarded()).isEqualTo(1);
        assertThat(after.medianClosureDays()).isNotNull();
        assertThat(after.perDay().get(0).kinds()).containsEntry("COMPLAINT", 1L).containsEntry("REPORT", 1L);
        ProviderProfile changed = profiles.profile(KEY, Locale.ROOT).orElseThrow();
        assertThat(changed.forwarded()).extracting(ProviderProfile.CaseLine::caseNumber).containsExactly(first);
        assertThat(changed.perYear().get(0).kinds())
                .containsExactlyInAnyOrder(new Count("COMPLAINT", 1), new Count("REPORT", 1));
        assertThat(changed.themes()).contains(new Count("SAFETY_HYGIENE", 1), new Count("ATTITUDE", 1));
        assertThat(factsEqualLive()).isTrue();
        assertThat(providerFiguresEqualRecount()).isTrue();

        facts.rebuild();
        assertThat(factsEqualLive()).isTrue();
        assertThat(providerFiguresEqualRecount()).isTrue();
        ProviderProfile rebuilt = profiles.profile(KEY, Locale.ROOT).orElseThrow();
        assertThat(rebuilt.cases()).isEqualTo(2);
        assertThat(rebuilt.themes()).containsExactlyInAnyOrderElementsOf(changed.themes());
        assertThat(rebuilt.namesAndPlaces()).containsExactly("Zorghuis Feitentest, Zwolle");
        // the overdue count is over all clocks (other tests' too), so the range's own figures are compared
        Dashboard.Figures rebuiltFigures = dashboard.figures(DAY, DAY);
        assertThat(rebuiltFigures.perDay()).isEqualTo(after.perDay());
        assertThat(rebuiltFigures.forwarded()).isEqualTo(after.forwarded());
        assertThat(rebuiltFigures.medianClosureDays()).isEqualTo(after.medianClosureDays());
    }

    @Test
    void a_new_provider_case_counts_in_the_trend_baseline_at_once() {
        var cases = new ReportCases(registration, queries, editing);
        LocalDate monday = LocalDate.of(2053, 9, 1);
        var spec = new ReportCases.Spec(Channel.PHONE, "REPORT", "CITIZEN", "ELDERLY_CARE", "HIGH", List.of(),
                List.of(NewSubject.provider("Zorghuis Trendfeit", "Zwolle", "53153153")));
        cases.register(spec, ReportCases.at(monday, 10));
        TrendReport week = trends.forWeek(monday, Locale.ROOT);
        assertThat(week.newProviders()).extracting(TrendReport.NewProvider::providerKey).contains("kvk:53153153");

        cases.register(spec, ReportCases.at(monday.minusWeeks(2), 10));
        assertThat(trends.forWeek(monday, Locale.ROOT).newProviders())
                .extracting(TrendReport.NewProvider::providerKey).doesNotContain("kvk:53153153");
    }

    @Test
    void a_reclassification_marks_the_case_stale_in_the_same_transaction() {
        var cases = new ReportCases(registration, queries, editing);
        String n = cases.register(ReportCases.complaint("ELDERLY_CARE", "ATTITUDE"), ReportCases.at(DAY, 14));
        facts.refresh();
        var c = queries.find(n, false).orElseThrow();
        editing.classify(n, c.version(), new Classification("REPORT", "CITIZEN", "ELDERLY_CARE", "HIGH",
                List.of("ATTITUDE"), null), "test");
        assertThat(jdbc.sql("SELECT count(*) FROM report_fact_stale WHERE case_id = :id").param("id", c.id())
                .query(Long.class).single()).isPositive();
    }

    /** The kept per-provider counts of this test's provider equal a count from scratch. */
    private boolean providerFiguresEqualRecount() {
        facts.refresh();
        return jdbc.sql("""
                WITH kept AS (SELECT provider_key, split, c1, c2, c3, cases FROM report_provider_figures
                              WHERE provider_key = :key),
                     fresh AS (SELECT provider_key, split, c1, c2, c3, count(*) AS cases FROM report_provider_case_split
                               WHERE provider_key = :key GROUP BY 1, 2, 3, 4, 5)
                SELECT NOT EXISTS (SELECT * FROM kept EXCEPT SELECT * FROM fresh)
                   AND NOT EXISTS (SELECT * FROM fresh EXCEPT SELECT * FROM kept)
                   AND EXISTS (SELECT 1 FROM kept)
                """).param("key", KEY).query(Boolean.class).single();
    }

    /** The facts of this year's cases equal the live definition (case_file, report_case_outcome, report_provider). */
    private boolean factsEqualLive() {
        facts.refresh();
        return jdbc.sql("""
                WITH live AS (
                  SELECT c.id, c.received_at, c.channel, c.kind, o.forwarded,
                         (SELECT min(h.occurred_at) FROM case_history h WHERE h.case_id = c.id
                            AND h.action = 'STATUS_CHANGED' AND h.details ->> 'to' = 'CLOSED') AS closed_at,
                         p.provider_key, c.themes
                  FROM case_file c JOIN report_case_outcome o ON o.case_id = c.id
                  LEFT JOIN report_provider p ON p.case_id = c.id
                  WHERE c.received_at >= '2053-01-01' AND c.received_at < '2054-01-01'
                ), stored AS (
                  SELECT f.case_id, f.received_at, f.channel, f.kind, f.forwarded, f.closed_at, p.provider_key,
                         CAST(p.themes AS varchar[]) AS themes
                  FROM report_case_fact f LEFT JOIN report_provider_case p ON p.case_id = f.case_id
                  WHERE f.received_at >= '2053-01-01' AND f.received_at < '2054-01-01'
                )
                SELECT NOT EXISTS (SELECT id, received_at, channel, kind, forwarded, closed_at, provider_key,
                                          CASE WHEN provider_key IS NULL THEN NULL ELSE themes END FROM live
                                   EXCEPT SELECT * FROM stored)
                   AND NOT EXISTS (SELECT * FROM stored
                                   EXCEPT SELECT id, received_at, channel, kind, forwarded, closed_at, provider_key,
                                          CASE WHEN provider_key IS NULL THEN NULL ELSE themes END FROM live)
                """).query(Boolean.class).single();
    }
}
