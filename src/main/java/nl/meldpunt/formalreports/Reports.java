package nl.meldpunt.formalreports;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The reports (table {@code formal_report}). */
@Component
class Reports {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertDraft(ReportType type, Organisation org, Map<String, String> fields, String actor, Instant now) {
        return jdbc.sql("""
                INSERT INTO formal_report (type, status, organisation_name, kvk_number, establishment_number, fields,
                    aware_on, udi_di, created_by, created_at)
                VALUES (:type, 'DRAFT', :org, :kvk, :est, CAST(:fields AS jsonb), :aware, :udi, :actor, :now)
                RETURNING id
                """)
                .param("type", type.name())
                .param("org", org.name())
                .param("kvk", org.kvkNumber())
                .param("est", org.establishmentNumber())
                .param("fields", JSON.writeValueAsString(fields))
                .param("aware", sqlDate(ReportValidation.date(fields.get(type.awarenessField()))))
                .param("udi", blankToNull(fields.get("udiDi")))
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void updateDraft(long id, ReportType type, Map<String, String> fields) {
        jdbc.sql("""
                UPDATE formal_report SET fields = CAST(:fields AS jsonb), aware_on = :aware, udi_di = :udi,
                    version = version + 1
                WHERE id = :id AND status = 'DRAFT'
                """)
                .param("fields", JSON.writeValueAsString(fields))
                .param("aware", sqlDate(ReportValidation.date(fields.get(type.awarenessField()))))
                .param("udi", blankToNull(fields.get("udiDi")))
                .param("id", id)
                .update();
    }

    void markSubmitted(long id, String caseNumber, Instant at, ReportTerms.Term term) {
        jdbc.sql("""
                UPDATE formal_report SET status = 'SUBMITTED', case_number = :case, submitted_at = :at,
                    due_on = :due, late_days = :late, late_unit = :unit, version = version + 1
                WHERE id = :id AND status = 'DRAFT'
                """)
                .param("case", caseNumber)
                .param("at", Timestamp.from(at))
                .param("due", term == null ? null : Date.valueOf(term.dueOn()))
                .param("late", term == null ? null : term.lateDays())
                .param("unit", term == null ? null : term.unit().name())
                .param("id", id)
                .update();
    }

    Optional<FormalReport> find(long id) {
        return jdbc.sql("SELECT * FROM formal_report WHERE id = :id").param("id", id).query(Reports::map).optional();
    }

    Optional<FormalReport> forCase(String caseNumber) {
        return jdbc.sql("SELECT * FROM formal_report WHERE case_number = :n").param("n", caseNumber)
                .query(Reports::map).optional();
    }

    List<FormalReport> ofOrganisation(String kvk, String establishment, int limit) {
        return jdbc.sql("""
                SELECT * FROM formal_report WHERE kvk_number = :kvk AND establishment_number = :est
                ORDER BY created_at DESC, id DESC LIMIT :limit
                """)
                .param("kvk", kvk)
                .param("est", establishment)
                .param("limit", limit)
                .query(Reports::map)
                .list();
    }

    /** Submitted device incidents and field safety actions about one device (UDI-DI), newest first. */
    List<FormalReport> incidentsOfDevice(String udiDi, int limit) {
        return jdbc.sql("""
                SELECT * FROM formal_report WHERE udi_di = :udi AND status = 'SUBMITTED'
                ORDER BY submitted_at DESC LIMIT :limit
                """)
                .param("udi", udiDi)
                .param("limit", limit)
                .query(Reports::map)
                .list();
    }

    private static FormalReport map(ResultSet rs, int row) throws SQLException {
        Date aware = rs.getDate("aware_on");
        Date due = rs.getDate("due_on");
        Timestamp submitted = rs.getTimestamp("submitted_at");
        int late = rs.getInt("late_days");
        Integer lateDays = rs.wasNull() ? null : late;
        return new FormalReport(
                rs.getLong("id"),
                ReportType.valueOf(rs.getString("type")),
                FormalReport.Status.valueOf(rs.getString("status")),
                new Organisation(rs.getString("organisation_name"), rs.getString("kvk_number"),
                        rs.getString("establishment_number")),
                JSON.readValue(rs.getString("fields"), FIELDS),
                aware == null ? null : aware.toLocalDate(),
                rs.getString("case_number"),
                due == null ? null : due.toLocalDate(),
                lateDays,
                rs.getString("late_unit"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                submitted == null ? null : submitted.toInstant(),
                rs.getLong("version"));
    }

    private static Date sqlDate(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
