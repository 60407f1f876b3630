package nl.meldpunt.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The import runs, their checkpoints and rejections (tables {@code import_run}, {@code import_rejection}). */
@Component
class ImportRuns {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportRuns(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long start(String fileName, String checksum, long size, RecordSource.Format format, String by, Instant now) {
        return jdbc.sql("""
                INSERT INTO import_run (file_name, file_checksum, file_size, format, state, started_by, started_at,
                    updated_at)
                VALUES (:file, :checksum, :size, :format, 'RUNNING', :by, :now, :now) RETURNING id""")
                .param("file", fileName).param("checksum", checksum).param("size", size)
                .param("format", format.name()).param("by", by).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    /** The latest unfinished run of the same file, to resume. */
    Optional<ImportRun> resumable(String checksum) {
        return jdbc.sql("SELECT * FROM import_run WHERE file_checksum = :checksum AND state <> 'COMPLETED'"
                        + " ORDER BY id DESC LIMIT 1")
                .param("checksum", checksum).query(ImportRuns::map).optional();
    }

    void resume(long id, String fileName, Instant now) {
        jdbc.sql("""
                UPDATE import_run SET state = 'RUNNING', cancel_requested = FALSE, failure = NULL, finished_at = NULL,
                    file_name = :file, updated_at = :now WHERE id = :id""")
                .param("id", id).param("file", fileName).param("now", Timestamp.from(now)).update();
    }

    /** Records a committed batch (in its transaction); true when a cancel was asked for meanwhile. */
    boolean checkpoint(long id, long lastLine, long lastOffset, long imported, long skipped, long rejected,
            Instant now) {
        return jdbc.sql("""
                UPDATE import_run SET last_line = GREATEST(last_line, :line), last_offset = GREATEST(last_offset, :offset), imported = imported + :imported,
                    skipped = skipped + :skipped, rejected = rejected + :rejected, updated_at = :now
                WHERE id = :id RETURNING cancel_requested""")
                .param("id", id).param("line", lastLine).param("offset", lastOffset).param("imported", imported)
                .param("skipped", skipped).param("rejected", rejected).param("now", Timestamp.from(now))
                .query(Boolean.class).single();
    }

    void addRejections(long runId, List<Rejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        template.batchUpdate("INSERT INTO import_rejection (run_id, line_no, field, reason) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING",
                rejections, 1000, (ps, r) -> {
                    ps.setLong(1, runId);
                    ps.setLong(2, r.line());
                    ps.setString(3, truncate(r.field(), 200));
                    ps.setString(4, truncate(r.reason(), 500));
                });
    }

    void finish(long id, ImportState state, String failure, Instant now) {
        jdbc.sql("UPDATE import_run SET state = :state, failure = :failure, updated_at = :now,"
                        + " last_offset = CASE WHEN :state = 'COMPLETED' THEN file_size ELSE last_offset END,"
                        + " finished_at = CASE WHEN :state = 'COMPLETED' THEN CAST(:now AS timestamptz) END WHERE id = :id")
                .param("id", id).param("state", state.name()).param("failure", truncate(failure, 500))
                .param("now", Timestamp.from(now)).update();
    }

    void requestCancel(long id) {
        jdbc.sql("UPDATE import_run SET cancel_requested = TRUE WHERE id = :id AND state = 'RUNNING'")
                .param("id", id).update();
    }

    Optional<ImportRun> find(long id) {
        return jdbc.sql("SELECT * FROM import_run WHERE id = :id").param("id", id).query(ImportRuns::map).optional();
    }

    List<ImportRun> latest(int limit) {
        return jdbc.sql("SELECT * FROM import_run ORDER BY id DESC LIMIT :limit").param("limit", limit)
                .query(ImportRuns::map).list();
    }

    List<Rejection> rejections(long runId) {
        return jdbc.sql("SELECT line_no, field, reason FROM import_rejection WHERE run_id = :id ORDER BY line_no, id")
                .param("id", runId)
                .query((rs, n) -> new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private static ImportRun map(ResultSet rs, int n) throws SQLException {
        return new ImportRun(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_checksum"),
                rs.getLong("file_size"), RecordSource.Format.valueOf(rs.getString("format")),
                ImportState.valueOf(rs.getString("state")), rs.getBoolean("cancel_requested"),
                rs.getLong("last_line"), rs.getLong("last_offset"), rs.getLong("imported"), rs.getLong("skipped"),
                rs.getLong("rejected"), rs.getString("started_by"), instant(rs, "started_at"),
                instant(rs, "updated_at"), instant(rs, "finished_at"), rs.getString("failure"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
