package nl.meldpunt.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.platform.AccessAction;
import nl.meldpunt.platform.AccessLog;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.Role;
import nl.meldpunt.platform.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filtered case lists as CSV or XLSX for analysts. Without personal data by default; with personal data (reporter's name,
 * e-mail, phone and the free text) only for seniors and administrators. Every export is recorded in
 * report_export_log (who, when, filter, with personal data or not) and per case in the access log (EXPORT). Read model: reads casework's case_file and
 * case_reporter in SQL, never writes them.
 */
@Component
class AnalystExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MAX_ROWS = 100_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessLog accessLog;

    AnalystExport(JdbcClient jdbc, Clock clock, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    record Filter(LocalDate from, LocalDate to, String sector, String kind) {}

    /** Only seniors and administrators may export personal data. */
    static class PersonalDataNotAllowed extends RuleViolation {
        PersonalDataNotAllowed() {
            super("export-personal-data-not-allowed", HttpStatus.FORBIDDEN,
                    "Your role may not export personal data.");
        }
    }

    static boolean mayExportPersonalData() {
        return CurrentUser.hasAnyRole(Role.SENIOR, Role.ADMIN);
    }

    /** The rows of an export, and the case numbers in it (for the access log). */
    record Rows(List<String> header, List<List<Object>> rows, List<String> caseNumbers) {}

    @Transactional
    String csv(Filter f, boolean personalData) {
        Rows r = rows(f, personalData, "csv");
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(";", r.header())).append('\n');
        for (List<Object> row : r.rows()) {
            for (int i = 0; i < row.size(); i++) {
                csv.append(i == 1 ? String.valueOf(row.get(i)) : cell((String) row.get(i)))
                        .append(i < row.size() - 1 ? ";" : "");
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    @Transactional
    byte[] xlsx(Filter f, boolean personalData) {
        Rows r = rows(f, personalData, "xlsx");
        return XlsxWorkbook.of(List.of(new XlsxWorkbook.Sheet("cases", r.header(), r.rows())));
    }

    /**
     * The filtered cases, recorded in report_export_log (who, when, filter, format, personal data) and, per case,
     * as an EXPORT in the access log.
     */
    private Rows rows(Filter f, boolean personalData, String format) {
        if (personalData && !mayExportPersonalData()) {
            throw new PersonalDataNotAllowed();
        }
        Instant start = f.from().atStartOfDay(Amsterdam.ZONE).toInstant();
        Instant end = f.to().plusDays(1).atStartOfDay(Amsterdam.ZONE).toInstant();
        List<String> header = new ArrayList<>(List.of("case_number", "received_at", "channel", "kind", "reporter_type",
                "sector", "urgency", "themes", "status", "providers"));
        if (personalData) {
            header.addAll(List.of("reporter_name", "reporter_email", "reporter_phone", "description"));
        }
        List<List<Object>> rows = new ArrayList<>();
        List<String> caseNumbers = new ArrayList<>();
        jdbc.sql("""
                SELECT c.case_number, c.received_at, c.channel, c.kind, c.reporter_type, c.sector, c.urgency,
                       array_to_string(c.themes, ','), c.status,
                       (SELECT string_agg(p.name || COALESCE(' (' || p.place || ')', ''), ', ')
                        FROM report_provider p WHERE p.case_id = c.id) AS providers,
                       r.name, r.email, r.phone, c.description
                FROM case_file c LEFT JOIN case_reporter r ON r.case_id = c.id
                WHERE c.received_at >= :start AND c.received_at < :end
                  AND (CAST(:sector AS text) IS NULL OR c.sector = :sector)
                  AND (CAST(:kind AS text) IS NULL OR c.kind = :kind)
                ORDER BY c.received_at, c.id LIMIT :max
                """)
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .param("sector", blank(f.sector())).param("kind", blank(f.kind())).param("max", MAX_ROWS)
                .query(rs -> {
                    List<Object> row = new ArrayList<>(header.size());
                    row.add(rs.getString(1));
                    row.add(rs.getTimestamp(2).toInstant().atZone(Amsterdam.ZONE).toOffsetDateTime().toString());
                    for (int i = 3; i <= (personalData ? 14 : 10); i++) {
                        String v = rs.getString(i);
                        row.add(v == null ? "" : v);
                    }
                    rows.add(row);
                    caseNumbers.add(rs.getString(1));
                });
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("from", f.from().toString());
        filter.put("to", f.to().toString());
        filter.put("sector", blank(f.sector()));
        filter.put("kind", blank(f.kind()));
        filter.put("format", format);
        jdbc.sql("""
                INSERT INTO report_export_log (exported_at, exported_by, filter, personal_data, rows_exported)
                VALUES (:at, :by, CAST(:filter AS jsonb), :personal, :rows)""")
                .param("at", Timestamp.from(clock.instant())).param("by", CurrentUser.name())
                .param("filter", JSON.writeValueAsString(filter)).param("personal", personalData)
                .param("rows", rows.size()).update();
        String what = personalData ? "zaken-export-persoonsgegevens" : "zaken-export";
        caseNumbers.forEach(n -> accessLog.record(AccessAction.EXPORT, n, what));
        if (caseNumbers.isEmpty()) {
            accessLog.record(AccessAction.EXPORT, null, what);
        }
        return new Rows(header, rows, caseNumbers);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A CSV cell: quoted when needed; a leading =, +, - or @ is neutralised (no formula injection in Excel). */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        String v = s.replace("\r", " ").replace("\n", " ");
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(";") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
