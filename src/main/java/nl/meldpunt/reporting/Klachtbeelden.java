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
import nl.meldpunt.reporting.KlachtbeeldFigures.SectorThemes;
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

    Klachtbeelden(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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

    /** The live figures, counted now. */
    KlachtbeeldFigures count(int year) {
        Instant start = start(year);
        Instant end = start(year + 1);

        Map<Integer, long[]> perMonth = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            perMonth.put(m, new long[3]);
        }
        long[] complaints = new long[2];
        jdbc.sql("""
                SELECT extract(year FROM c.received_at AT TIME ZONE 'Europe/Amsterdam')::int AS y,
                       extract(month FROM c.received_at AT TIME ZONE 'Europe/Amsterdam')::int AS m,
                       count(*) AS n, count(*) FILTER (WHERE c.kind = 'COMPLAINT') AS complaints
                FROM case_file c
                WHERE c.received_at >= :from AND c.received_at < :end
                GROUP BY 1, 2
                """)
                .param("from", Timestamp.from(start(year - 2)))
                .param("end", Timestamp.from(end))
                .query(rs -> {
                    int offset = rs.getInt("y") - (year - 2);
                    perMonth.get(rs.getInt("m"))[offset] = rs.getLong("n");
                    if (offset >= 1) {
                        complaints[offset - 1] += rs.getLong("complaints");
                    }
                });
        List<Month> monthly = perMonth.entrySet().stream()
                .map(e -> new Month(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();

        // One scan of the year for all one-dimensional splits; GROUPING() tells which split a row belongs to.
        Map<String, List<Count>> splits = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT CASE WHEN GROUPING(c.channel) = 0 THEN 'channel'
                            WHEN GROUPING(c.sector) = 0 THEN 'sector'
                            WHEN GROUPING(c.kind) = 0 THEN 'kind'
                            WHEN GROUPING(c.urgency) = 0 THEN 'urgency'
                            WHEN GROUPING(c.reporter_type) = 0 THEN 'reporterType'
                            ELSE 'total' END AS split,
                       COALESCE(c.channel, c.sector, c.kind, c.urgency, c.reporter_type) AS code,
                       count(*) AS n
                FROM case_file c
                WHERE c.received_at >= :from AND c.received_at < :end
                GROUP BY GROUPING SETS ((c.channel), (c.sector), (c.kind), (c.urgency), (c.reporter_type), ())
                """)
                .param("from", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query(rs -> {
                    splits.computeIfAbsent(rs.getString("split"), k -> new ArrayList<>())
                            .add(new Count(rs.getString("code"), rs.getLong("n")));
                });
        long total = splits.getOrDefault("total", List.of()).stream().mapToLong(Count::count).sum();
        List<Count> sectors = top(splits.getOrDefault("sector", List.of()), TOP);

        Map<String, List<Count>> themes = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.sector, t.theme, count(*) AS n
                FROM case_file c CROSS JOIN LATERAL unnest(c.themes) AS t(theme)
                WHERE c.received_at >= :from AND c.received_at < :end
                GROUP BY c.sector, t.theme
                """)
                .param("from", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query(rs -> {
                    themes.computeIfAbsent(String.valueOf(rs.getString("sector")), k -> new ArrayList<>())
                            .add(new Count(rs.getString("theme"), rs.getLong("n")));
                });
        List<SectorThemes> themesPerSector = sectors.stream()
                .map(s -> new SectorThemes(s.code(), s.count(),
                        top(themes.getOrDefault(String.valueOf(s.code()), List.of()), TOP)))
                .toList();

        List<Count> outcomes = jdbc.sql("""
                SELECT o.outcome, count(*) AS n
                FROM case_file c JOIN report_case_outcome o ON o.case_id = c.id
                WHERE c.received_at >= :from AND c.received_at < :end AND o.forwarded
                GROUP BY o.outcome
                """)
                .param("from", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query((rs, n) -> new Count(rs.getString("outcome"), rs.getLong("n")))
                .list();
        outcomes = top(outcomes, Integer.MAX_VALUE);
        long forwarded = outcomes.stream().mapToLong(Count::count).sum();

        return new KlachtbeeldFigures(year, total, complaints[1], complaints[0], monthly,
                top(splits.getOrDefault("channel", List.of()), Integer.MAX_VALUE), sectors, themesPerSector,
                forwarded, outcomes, top(splits.getOrDefault("kind", List.of()), Integer.MAX_VALUE),
                top(splits.getOrDefault("urgency", List.of()), Integer.MAX_VALUE),
                top(splits.getOrDefault("reporterType", List.of()), Integer.MAX_VALUE));
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
