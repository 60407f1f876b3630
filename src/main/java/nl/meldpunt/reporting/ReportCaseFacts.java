package nl.meldpunt.reporting;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the per-case report facts ({@code report_case_fact}, {@code report_provider_case}) equal to the cases, so the
 * dashboard, the provider profile and the trends read them instead of case_file plus history probes. Read model:
 * reads casework's case_file, case_history and case_subject in SQL, writes only report_* tables. Decision 2600.
 *
 * <p>How it stays correct (as the month summary, decision 2520, but per case): (1) reporting's listeners of
 * casework's events mark the case in the transaction of the change ({@link ReportSummaryListener}); (2) every change
 * to a case writes case_history, so history rows above the recorded high-water id name the cases changed by
 * writers without events (status moves, subject links, the bulk import); (3) the readers call {@link #refresh()}
 * first, and a job does it every minute, so a report always includes every change committed before it started;
 * (4) a nightly job recomputes every case; (5) deleting a case deletes its facts (foreign key, ON DELETE CASCADE).
 * The per-provider counts ({@code report_provider_figures}) are kept by the same SQL function, by differences.
 */
@Component
public class ReportCaseFacts {

    /** Cases recomputed per statement (a bulk import changes hundreds of thousands). */
    private static final int CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final HistoryMark mark;

    ReportCaseFacts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.mark = new HistoryMark(jdbc, clock, "report_fact_stale", "report_fact_state", "report_case_fact");
    }

    /** True when some case must be recomputed: two index probes, no lock. */
    boolean isStale() {
        return mark.isStale();
    }

    /**
     * Recomputes every case that changed since the last refresh; returns how many. Cheap when nothing changed. Safe
     * with several nodes: one refresh at a time (advisory lock); the others wait and then find nothing to do.
     */
    @Transactional
    public int refresh() {
        if (!isStale()) {
            return 0;
        }
        mark.lock();
        long last = mark.lastForUpdate();
        long top = mark.top();
        List<Long> ids = jdbc.sql("""
                SELECT case_id FROM report_fact_stale
                UNION
                SELECT case_id FROM case_history WHERE id > :last AND id <= :top
                ORDER BY 1
                """)
                .param("last", last).param("top", top).query(Long.class).list();
        recompute(ids);
        mark.advanceTo(top);
        return ids.size();
    }

    /** Recomputes every case and recounts the per-provider counts (the nightly reconciliation, after a restore). */
    @Transactional
    public int rebuild() {
        mark.lock();
        long top = mark.top();
        List<Long> ids = jdbc.sql("SELECT id FROM case_file ORDER BY id").query(Long.class).list();
        recompute(ids);
        // the per-provider counts from scratch too: they are kept by differences, which a case row deleted by hand
        // (its facts go by the cascade) would not reach
        jdbc.sql("DELETE FROM report_provider_figures").update();
        jdbc.sql("""
                INSERT INTO report_provider_figures (provider_key, split, c1, c2, c3, cases)
                SELECT provider_key, split, c1, c2, c3, count(*) FROM report_provider_case_split GROUP BY 1, 2, 3, 4, 5
                """).update();
        mark.advanceTo(top);
        return ids.size();
    }

    private void recompute(List<Long> ids) {
        for (int i = 0; i < ids.size(); i += CHUNK) {
            Long[] chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK)).toArray(Long[]::new);
            jdbc.sql("SELECT report_recompute_case_facts(CAST(:ids AS bigint[]))").param("ids", chunk)
                    .query(Integer.class).single();
        }
    }
}
