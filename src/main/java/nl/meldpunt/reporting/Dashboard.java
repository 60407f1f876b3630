package nl.meldpunt.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.reporting.KlachtbeeldFigures.Count;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Figures for seniors and analysts over a date range. Read model: intake, forwarded and closure times from the
 * per-case report facts (decision 2600, refreshed first, so current); open cases from casework's case_file
 * (partial index on open cases), deadlines' case_clock and triage's triage_acute_alert in SQL, never writes them.
 */
@Component
class Dashboard {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReportCaseFacts facts;

    Dashboard(JdbcClient jdbc, Clock clock, ReportCaseFacts facts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.facts = facts;
    }

    /** One day's intake: per channel and per kind. */
    record Day(LocalDate day, long total, Map<String, Long> channels, Map<String, Long> kinds) {}

    record Figures(LocalDate from, LocalDate to, long intake, List<Day> perDay, List<Count> openByStatus,
            List<Count> openByTeam, long overdueClocks, long acuteAwaitingAcknowledgement, Double medianCallbackHours,
            Double medianClosureDays, long forwarded, String forwardedShare) {}

    Figures figures(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(Amsterdam.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Amsterdam.ZONE).toInstant();
        Map<LocalDate, long[]> totals = new TreeMap<>();
        Map<LocalDate, Map<String, Long>> channels = new TreeMap<>();
        Map<LocalDate, Map<String, Long>> kinds = new TreeMap<>();
        facts.refresh();
        jdbc.sql("""
                SELECT (f.received_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, f.channel, f.kind, count(*) AS n
                FROM report_case_fact f WHERE f.received_at >= :start AND f.received_at < :end
                GROUP BY 1, 2, 3
                """)
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query(rs -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    long n = rs.getLong("n");
                    totals.computeIfAbsent(day, d -> new long[1])[0] += n;
                    channels.computeIfAbsent(day, d -> new TreeMap<>()).merge(rs.getString("channel"), n, Long::sum);
                    String kind = rs.getString("kind");
                    kinds.computeIfAbsent(day, d -> new TreeMap<>()).merge(kind == null ? "?" : kind, n, Long::sum);
                });
        List<Day> perDay = new ArrayList<>();
        totals.forEach((day, t) -> perDay.add(new Day(day, t[0], channels.get(day), kinds.get(day))));
        long intake = perDay.stream().mapToLong(Day::total).sum();

        List<Count> byStatus = jdbc.sql("""
                SELECT status, count(*) FROM case_file WHERE status <> 'CLOSED'
                  AND received_at >= :start AND received_at < :end GROUP BY status""")
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
        List<Count> byTeam = jdbc.sql("""
                SELECT assigned_team, count(*) FROM case_file WHERE status <> 'CLOSED'
                  AND received_at >= :start AND received_at < :end GROUP BY assigned_team""")
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
        // two index-only ranges of report_clock_open_state_due_idx (one OR over both scanned every open clock)
        long overdue = jdbc.sql("""
                SELECT (SELECT count(*) FROM case_clock WHERE state = 'BREACHED')
                     + (SELECT count(*) FROM case_clock WHERE state IN ('RUNNING', 'PAUSED') AND due_at < :now)""")
                .param("now", Timestamp.from(clock.instant())).query(Long.class).single();
        long acute = jdbc.sql("SELECT count(*) FROM triage_acute_alert WHERE acknowledged_at IS NULL")
                .query(Long.class).single();
        Double callbackHours = jdbc.sql("""
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ended_at - started_at) / 3600)
                FROM case_clock WHERE type_code = 'CALLBACK' AND state = 'COMPLETED'
                  AND started_at >= :start AND started_at < :end""")
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query(Double.class).optional().orElse(null);
        Double closureDays = jdbc.sql("""
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.closed_at - f.received_at) / 86400)
                FROM report_case_fact f
                WHERE f.received_at >= :start AND f.received_at < :end AND f.closed_at IS NOT NULL""")
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query(Double.class).optional().orElse(null);
        long forwarded = jdbc.sql("""
                SELECT count(*) FROM report_case_fact f
                WHERE f.received_at >= :start AND f.received_at < :end AND f.forwarded""")
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query(Long.class).single();
        String share = intake == 0 ? "" : Math.round(100.0 * forwarded / intake) + "%";
        return new Figures(from, to, intake, perDay, Klachtbeelden.top(byStatus, Integer.MAX_VALUE),
                Klachtbeelden.top(byTeam, Integer.MAX_VALUE), overdue, acute, callbackHours, closureDays, forwarded,
                share);
    }
}
