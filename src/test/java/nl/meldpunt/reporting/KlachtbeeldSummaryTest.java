package nl.meldpunt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.Classification;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The month summary gives exactly the live count of the Klachtbeeld of 2043 and 2047 (years no other test uses), after
 * registration, after a reclassification (an event) and after a status move that publishes no event (found through
 * the history high-water mark), and after a full rebuild.
 */
class KlachtbeeldSummaryTest extends IntegrationTest {

    private static final int YEAR = 2043;
    private static final int OTHER_YEAR = 2047;

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;
    @Autowired CaseEditing editing;
    @Autowired Klachtbeelden klachtbeelden;
    @Autowired KlachtbeeldLiveCount live;
    @Autowired ReportSummaries summaries;
    @Autowired JdbcClient jdbc;

    @Test
    void summary_equals_the_live_count_after_registration_reclassification_status_moves_and_rebuild() {
        var cases = new ReportCases(registration, queries, editing);
        var elderly = new ReportCases.Spec(Channel.PHONE, "COMPLAINT", "CITIZEN", "ELDERLY_CARE", "NORMAL",
                List.of("ATTITUDE", "COMMUNICATION"), List.of());
        var mental = new ReportCases.Spec(Channel.WEB_FORM, "REPORT", "CARE_PROVIDER", "MENTAL_HEALTH", "HIGH",
                List.of("SAFETY_HYGIENE"), List.of());
        String first = cases.register(elderly, ReportCases.at(LocalDate.of(YEAR, 1, 31), 23));
        String second = cases.register(mental, ReportCases.at(LocalDate.of(YEAR, 3, 15), 10));
        cases.register(elderly, ReportCases.at(LocalDate.of(YEAR - 1, 12, 31), 23));
        cases.register(mental, ReportCases.at(LocalDate.of(YEAR - 2, 5, 1), 9));

        KlachtbeeldFigures before = klachtbeelden.count(YEAR);
        assertThat(before).isEqualTo(live.count(YEAR));
        assertThat(before.total()).isEqualTo(2);
        assertThat(before.complaints()).isEqualTo(1);
        assertThat(before.complaintsYearBefore()).isEqualTo(1);

        var c = queries.find(second, false).orElseThrow();
        editing.classify(second, c.version(), new Classification("COMPLAINT", "CITIZEN", "ELDERLY_CARE", "NORMAL",
                List.of("ATTITUDE"), null), "test");
        cases.status(first, CaseStatus.IN_PROGRESS, CaseStatus.FORWARDED);

        KlachtbeeldFigures after = klachtbeelden.count(YEAR);
        assertThat(after).isEqualTo(live.count(YEAR));
        assertThat(after.complaints()).isEqualTo(2);
        assertThat(after.sectors()).containsExactly(new KlachtbeeldFigures.Count("ELDERLY_CARE", 2));
        assertThat(after.forwarded()).isEqualTo(1);
        assertThat(after.forwardedOutcomes()).containsExactly(new KlachtbeeldFigures.Count("FORWARDED", 1));
        assertThat(klachtbeelden.count(YEAR - 1)).isEqualTo(live.count(YEAR - 1));

        summaries.rebuild();
        assertThat(klachtbeelden.count(YEAR)).isEqualTo(after);
    }

    @Test
    void a_reclassification_marks_its_month_stale_in_the_same_transaction() {
        var cases = new ReportCases(registration, queries, editing);
        String n = cases.register(ReportCases.complaint("ELDERLY_CARE", "ATTITUDE"),
                ReportCases.at(LocalDate.of(OTHER_YEAR, 7, 1), 10));
        summaries.refreshStale();
        var c = queries.find(n, false).orElseThrow();
        editing.classify(n, c.version(), new Classification("REPORT", "CITIZEN", "ELDERLY_CARE", "HIGH",
                List.of("ATTITUDE"), null), "test");
        assertThat(jdbc.sql("SELECT count(*) FROM report_summary_stale WHERE month = :m")
                .param("m", java.sql.Date.valueOf(LocalDate.of(OTHER_YEAR, 7, 1))).query(Long.class).single())
                .isPositive();
        assertThat(klachtbeelden.count(OTHER_YEAR)).isEqualTo(live.count(OTHER_YEAR));
    }
}
