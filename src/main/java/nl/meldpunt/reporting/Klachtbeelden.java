package nl.meldpunt.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.reporting.KlachtbeeldFigures.Count;
import nl.meldpunt.reporting.KlachtbeeldFigures.Month;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts the yearly Klachtbeeld. Read model: reads casework's case_file and the report_case_outcome view in SQL,
 * never writes them.
 *
 * <p>Counting rule (reproducibility): every case received in the calendar year (Amsterdam time of receipt) counts
 * once, by its confirmed classification, i.e. the codes an officer confirmed on the case (case_file), not by a
 * triage suggestion; a case without a code counts as "unknown". Once a year is published its figures are frozen in
 * report_klachtbeeld_edition and every published output of that year shows the frozen figures, whatever is
 * reclassified later.
 */
@Component
class Klachtbeelden {

    static final int TOP = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReportSummaries summaries;

    Klachtbeelden(JdbcClient jdbc, Clock clock, ReportSummaries summaries) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.summaries = summaries;
    }

    /**
     * The report of a year. Published output ({@code published} true) shows the frozen edition when the year is
     * published, with small numbers suppressed; the internal view always counts live and shows exact numbers.
     */
    KlachtbeeldReport report(int year, boolean published, ReportLabels labels, java.util.Locale locale) {
        Optional<Edition> edition = published ? edition(year) : Optional.empty();
        KlachtbeeldFigures figures = edition.map(Edition::figures).orElseGet(() -> count(year));
        return KlachtbeeldReport.of(figures, edition.map(Edition::publishedAt).orElse(null), published, labels, locale);
    }

    /** A published year: its frozen figures. */
    record Edition(KlachtbeeldFigures figures, Instant publishedAt, String publishedBy) {}

    Optional<Edition> edition(int year) {
        return jdbc.sql("SELECT figures::text, published_at, published_by FROM report_klachtbeeld_edition WHERE year = :y")
                .param("y", year)
                .query((rs, n) -> new Edition(JSON.readValue(rs.getString(1), KlachtbeeldFigures.class),
                        rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .optional();
    }

    /** Freezes the year's current figures as its published edition; a second publication is refused. */
    @Transactional
    Edition publish(int year, String by) {
        KlachtbeeldFigures figures = count(year);
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                INSERT INTO report_klachtbeeld_edition (year, published_at, published_by, figures)
                VALUES (:y, :at, :by, CAST(:figures AS jsonb)) ON CONFLICT (year) DO NOTHING
                """)
                .param("y", year).param("at", Timestamp.from(now)).param("by", by)
                .param("figures", JSON.writeValueAsString(figures))
                .update();
        if (inserted == 0) {
            throw new KlachtbeeldAlreadyPublished(year);
        }
        return new Edition(figures, now, by);
    }

    /**
     * The figures from the month summary (decision 2520), recounting the months that changed first. Gives the
     * same figures as {@link KlachtbeeldLiveCount#count(int)} (tested).
     */
    KlachtbeeldFigures count(int year) {
        summaries.refreshStale();
        LocalDate first = LocalDate.of(year, 1, 1);
        Map<Integer, long[]> perMonth = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            perMonth.put(m, new long[3]);
        }
        long[] complaints = new long[2];
        jdbc.sql("""
                SELECT month, cases, complaints FROM report_month_figures
                WHERE month >= :from AND month < :end AND split = 'total'
                """)
                .param("from", java.sql.Date.valueOf(first.minusYears(2)))
                .param("end", java.sql.Date.valueOf(first.plusYears(1)))
                .query(rs -> {
                    LocalDate month = rs.getObject("month", LocalDate.class);
                    int offset = month.getYear() - (year - 2);
                    perMonth.get(month.getMonthValue())[offset] += rs.getLong("cases");
                    if (offset >= 1) {
                        complaints[offset - 1] += rs.getLong("complaints");
                    }
                });
        List<Month> monthly = perMonth.entrySet().stream()
                .map(e -> new Month(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();

        Map<String, List<Count>> splits = new LinkedHashMap<>();
        Map<String, List<Count>> themes = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT split, sector, code, sum(cases) AS n FROM report_month_figures
                WHERE month >= :from AND month < :end AND split <> 'total'
                GROUP BY split, sector, code
                """)
                .param("from", java.sql.Date.valueOf(first))
                .param("end", java.sql.Date.valueOf(first.plusYears(1)))
                .query(rs -> {
                    Count count = new Count(rs.getString("code"), rs.getLong("n"));
                    if ("theme".equals(rs.getString("split"))) {
                        themes.computeIfAbsent(String.valueOf(rs.getString("sector")), k -> new ArrayList<>()).add(count);
                    } else {
                        splits.computeIfAbsent(rs.getString("split"), k -> new ArrayList<>()).add(count);
                    }
                });
        long total = perMonth.values().stream().mapToLong(v -> v[2]).sum();
        return KlachtbeeldLiveCount.figures(year, total, complaints, monthly, splits, themes);
    }

    /** Largest first, ties by code (so the order is reproducible), at most {@code n}. */
    static List<Count> top(List<Count> counts, int n) {
        return counts.stream()
                .sorted(Comparator.comparingLong(Count::count).reversed()
                        .thenComparing(c -> c.code() == null ? "~" : c.code()))
                .limit(n)
                .toList();
    }

    static Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(Amsterdam.ZONE).toInstant();
    }
}
