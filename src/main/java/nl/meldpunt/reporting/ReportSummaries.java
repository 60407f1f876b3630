package nl.meldpunt.reporting;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the month summary of the Klachtbeeld ({@code report_month_figures}) equal to the cases. Read model: reads
 * casework's case_file/case_history in SQL, writes only report_* tables. Decision 2520.
 *
 * <p>How it stays correct: (1) reporting's listeners of casework's events mark the case's month stale in the
 * same transaction as the change ({@link ReportSummaryListener}); (2) every change to a case writes case_history,
 * so history rows above the recorded high-water id name the months changed by writers that publish no events (the
 * bulk import, plain status moves); (3) before the Klachtbeeld is read, and every minute in the background, those
 * months are recounted set-based; (4) a nightly job recounts everything. The bulk import may call
 * {@link #refreshStale()} at its end so that the first report after it is not the one that waits.
 */
@Component
public class ReportSummaries {

    /** Months recounted per statement, so a first refresh over ten years stays a handful of statements. */
    private static final int CHUNK = 24;

    private final JdbcClient jdbc;
    private final HistoryMark mark;

    ReportSummaries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.mark = new HistoryMark(jdbc, clock, "report_summary_stale", "report_summary_state", "report_month_figures");
    }

    boolean isStale() {
        return mark.isStale();
    }

    /**
     * Recounts every month that changed since the last refresh; returns how many. Cheap when nothing changed.
     * Safe with several nodes: one refresh at a time (advisory lock), the others wait and then find nothing to do.
     */
    @Transactional
    public int refreshStale() {
        if (!isStale()) {
            return 0;
        }
        mark.lock();
        long last = mark.lastForUpdate();
        long top = mark.top();
        List<LocalDate> months = jdbc.sql("""
                SELECT month FROM report_summary_stale
                UNION
                SELECT date_trunc('month', c.received_at AT TIME ZONE 'Europe/Amsterdam')::date
                FROM case_history h JOIN case_file c ON c.id = h.case_id
                WHERE h.id > :last AND h.id <= :top
                ORDER BY 1
                """)
                .param("last", last).param("top", top)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list();
        recount(months);
        mark.advanceTo(top);
        return months.size();
    }

    /** Recounts every month that has cases (the nightly reconciliation, and after a restore). */
    @Transactional
    public int rebuild() {
        mark.lock();
        long top = mark.top();
        List<LocalDate> months = jdbc.sql("""
                SELECT DISTINCT date_trunc('month', received_at AT TIME ZONE 'Europe/Amsterdam')::date
                FROM case_file ORDER BY 1""")
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list();
        jdbc.sql("DELETE FROM report_month_figures WHERE NOT (month = ANY(:months))")
                .param("months", months.stream().map(Date::valueOf).toArray(Date[]::new)).update();
        recount(months);
        mark.advanceTo(top);
        return months.size();
    }

    private void recount(List<LocalDate> months) {
        for (int i = 0; i < months.size(); i += CHUNK) {
            Date[] chunk = months.subList(i, Math.min(months.size(), i + CHUNK)).stream()
                    .map(Date::valueOf).toArray(Date[]::new);
            jdbc.sql("SELECT report_recount_months(CAST(:months AS date[]))").param("months", chunk)
                    .query(Integer.class).single();
        }
    }
}
