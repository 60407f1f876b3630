package nl.meldpunt.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Every trained model version, its evaluation, and which one is active. */
@Repository
class ModelVersions {

    private static final String COLUMNS =
            "version, created_at, example_count, confirmed_count, score, summary, report, active, activated_at, "
                    + "activated_by";

    private final JdbcClient jdbc;

    ModelVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextVersion() {
        long n = jdbc.sql("SELECT count(*) FROM triage_model").query(Long.class).single() + 1;
        return "triage-v" + n;
    }

    void save(String version, Instant at, int examples, int confirmed, byte[] model, EvaluationReport report) {
        jdbc.sql("""
                INSERT INTO triage_model (version, created_at, example_count, confirmed_count, model, score, summary,
                    report)
                VALUES (:version, :at, :examples, :confirmed, :model, :score, :summary, :report)
                """)
                .param("version", version)
                .param("at", Timestamp.from(at))
                .param("examples", examples)
                .param("confirmed", confirmed)
                .param("model", model)
                .param("score", report.score())
                .param("summary", report.summary())
                .param("report", report.full())
                .update();
    }

    @Transactional
    void activate(String version, Instant at, String by) {
        jdbc.sql("UPDATE triage_model SET active = FALSE WHERE active").update();
        jdbc.sql("UPDATE triage_model SET active = TRUE, activated_at = :at, activated_by = :by WHERE version = :v")
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("v", version)
                .update();
    }

    Optional<ModelVersion> active() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM triage_model WHERE active").query(this::map).optional();
    }

    Optional<ModelVersion> find(String version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM triage_model WHERE version = :v")
                .param("v", version)
                .query(this::map)
                .optional();
    }

    Optional<byte[]> model(String version) {
        return jdbc.sql("SELECT model FROM triage_model WHERE version = :v")
                .param("v", version)
                .query(byte[].class)
                .optional();
    }

    List<ModelVersion> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM triage_model ORDER BY id DESC").query(this::map).list();
    }

    private ModelVersion map(ResultSet rs, int row) throws SQLException {
        Timestamp activated = rs.getTimestamp("activated_at");
        return new ModelVersion(
                rs.getString("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("example_count"),
                rs.getInt("confirmed_count"),
                rs.getDouble("score"),
                rs.getString("summary"),
                rs.getString("report"),
                rs.getBoolean("active"),
                activated == null ? null : activated.toInstant(),
                rs.getString("activated_by"));
    }
}
