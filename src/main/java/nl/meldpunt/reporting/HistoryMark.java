package nl.meldpunt.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How far a summary has read {@code case_history}: the id of the last history row it has taken into account (a
 * one-row state table) plus a table of items marked stale by listeners. Shared by the monthly figures (decision 2520)
 * and the per-case facts (decision 2600); the table and lock names are constants of those classes, never input.
 */
final class HistoryMark {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String staleTable;
    private final String stateTable;
    private final String lockName;

    HistoryMark(JdbcClient jdbc, Clock clock, String staleTable, String stateTable, String lockName) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.staleTable = staleTable;
        this.stateTable = stateTable;
        this.lockName = lockName;
    }

    /**
     * True when something must be recomputed (two index probes; no lock). ORDER BY id LIMIT 1 keeps the primary key
     * probe: with a bare {@code id > (subquery)} the planner guesses a third of case_history and scans all of it.
     */
    boolean isStale() {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM %s)
                    OR EXISTS (SELECT 1 FROM (SELECT id FROM case_history
                                              WHERE id > (SELECT last_history_id FROM %s WHERE id = 1)
                                              ORDER BY id LIMIT 1) newer)
                """.formatted(staleTable, stateTable)).query(Boolean.class).single();
    }

    /** One refresh at a time across nodes (advisory lock until the transaction ends). */
    void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('" + lockName + "'))").query(Object.class).single();
    }

    /** The last history id taken into account, locked until the transaction ends. */
    long lastForUpdate() {
        return jdbc.sql("SELECT last_history_id FROM " + stateTable + " WHERE id = 1 FOR UPDATE")
                .query(Long.class).single();
    }

    /** The newest history id now. */
    long top() {
        return jdbc.sql("SELECT COALESCE(max(id), 0) FROM case_history").query(Long.class).single();
    }

    /** Records that everything up to {@code top} is taken into account (never moves the mark back). */
    void advanceTo(long top) {
        jdbc.sql("UPDATE " + stateTable + " SET last_history_id = GREATEST(last_history_id, :top), refreshed_at = :now"
                        + " WHERE id = 1")
                .param("top", top).param("now", Timestamp.from(clock.instant())).update();
    }
}
