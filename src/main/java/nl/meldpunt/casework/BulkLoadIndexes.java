package nl.meldpunt.casework;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The initial load of a bulk import (issue 8, decision 2620): the secondary indexes of the case tables — the
 * trigram GIN indexes and the B-trees no import statement reads — are dropped before the load and
 * built once afterwards, which costs a fraction of maintaining them row by row. Unique indexes, primary keys and the
 * indexes the import itself reads ({@code case_subject_case_idx}) stay. Each dropped index's definition is kept in
 * {@code case_deferred_index} in the dropping transaction; {@link #rebuild} builds each in its own transaction
 * together with deleting its row, so a crash at any moment leaves either the index or its definition.
 */
@Component
public class BulkLoadIndexes {

    /** Indexes an initial load builds afterwards; none is unique and no import statement reads them. */
    public static final List<String> DEFERRED = List.of(
            "case_file_received_idx", "case_file_status_received_idx",
            "case_file_open_received_idx", "case_reporter_name_trgm_idx", "case_reporter_email_idx",
            "case_reporter_phone_idx", "case_subject_name_trgm_idx", "case_subject_kvk_idx",
            "report_subject_provider_key_idx", "case_history_case_idx", "report_history_status_idx");

    private static final Logger log = LoggerFactory.getLogger(BulkLoadIndexes.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    BulkLoadIndexes(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Cases stored now: an initial load is meant for an empty or nearly empty database. */
    public long storedCases() {
        return jdbc.sql("SELECT count(*) FROM case_file").query(Long.class).single();
    }

    /** Drops the deferred indexes that exist, keeping their definitions; returns how many it dropped. */
    @Transactional
    public int defer() {
        List<String[]> present = jdbc.sql("""
                SELECT indexname, indexdef FROM pg_indexes
                WHERE schemaname = current_schema() AND indexname = ANY(:names) ORDER BY indexname""")
                .param("names", DEFERRED.toArray(String[]::new))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        for (String[] index : present) {
            jdbc.sql("INSERT INTO case_deferred_index (name, definition) VALUES (:name, :def) ON CONFLICT DO NOTHING")
                    .param("name", index[0])
                    .param("def", index[1])
                    .update();
            jdbc.sql("DROP INDEX " + quoted(index[0])).update();
        }
        return present.size();
    }

    /** Whether indexes wait to be built (an initial load has not finished). */
    public boolean pending() {
        return jdbc.sql("SELECT count(*) FROM case_deferred_index").query(Long.class).single() > 0;
    }

    /**
     * Builds every deferred index, {@code parallel} at a time on connections of their own (PostgreSQL 17 builds a
     * GIN index on one core), then analyses the case tables so the planner knows their new size.
     */
    public int rebuild(int parallel) {
        List<String[]> pending = jdbc.sql("SELECT name, definition FROM case_deferred_index ORDER BY name")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        if (pending.isEmpty()) {
            return 0;
        }
        // the largest first, so the two builders finish at about the same time
        List<String[]> ordered = new ArrayList<>(pending);
        ordered.sort((a, b) -> Integer.compare(weight(b[0]), weight(a[0])));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel), r -> {
            Thread t = new Thread(r, "index-builder");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> builds = new ArrayList<>();
            for (String[] index : ordered) {
                builds.add(pool.submit(() -> build(index[0], index[1])));
            }
            for (Future<?> f : builds) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Building the deferred indexes was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Building a deferred index failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        jdbc.sql("ANALYZE case_file, case_reporter, case_subject, case_history").update();
        return pending.size();
    }

    private void build(String name, String definition) {
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL maintenance_work_mem = '256MB'");
                // a crash between CREATE and the commit leaves neither: the definition stays for the next try
                st.execute(definition.replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX IF NOT EXISTS "));
                try (var ps = c.prepareStatement("DELETE FROM case_deferred_index WHERE name = ?")) {
                    ps.setString(1, name);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Building index " + name + " failed", e);
        }
        log.info("Built deferred index {} in {} ms", name, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Skips the foreign-key triggers for the rest of the caller's transaction when the database user may
     * ({@code session_replication_role}, superuser only): the bulk writer inserts child rows only for the case ids
     * it has just inserted in the same transaction, so the checks can only pass. Returns whether they are skipped.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean skipForeignKeyChecks() {
        boolean superuser = Boolean.TRUE.equals(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class).optional().orElse(false));
        if (superuser) {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
        }
        return superuser;
    }

    private static int weight(String name) {
        return name.contains("search") ? 4 : name.contains("trgm") ? 3 : name.startsWith("case_history")
                || name.startsWith("report_history") ? 2 : 1;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
