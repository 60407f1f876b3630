package nl.meldpunt.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.reporting.KlachtbeeldFigures.Count;
import nl.meldpunt.reporting.KlachtbeeldFigures.Month;
import nl.meldpunt.reporting.KlachtbeeldFigures.SectorThemes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts a Klachtbeeld straight from the cases, without the month summary: the definition the summary must equal
 * (a test compares both). Read model: reads casework's case_file and the report_case_outcome view, never writes.
 */
@Component
class KlachtbeeldLiveCount {

    private final JdbcClient jdbc;

    KlachtbeeldLiveCount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The live figures, counted now from the cases. */
    KlachtbeeldFigures count(int year) {
        Instant start = Klachtbeelden.start(year);
        Instant end = Klachtbeelden.start(year + 1);

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
                .param("from", Timestamp.from(Klachtbeelden.start(year - 2)))
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
        splits.put("outcome", outcomes);
        return figures(year, total, complaints, monthly, splits, themes);
    }

    /** Assembles the figures from the splits (channel, sector, kind, urgency, reporterType, outcome) and themes. */
    static KlachtbeeldFigures figures(int year, long total, long[] complaints, List<Month> monthly,
            Map<String, List<Count>> splits, Map<String, List<Count>> themes) {
        List<Count> sectors = Klachtbeelden.top(splits.getOrDefault("sector", List.of()), Klachtbeelden.TOP);
        List<SectorThemes> themesPerSector = sectors.stream()
                .map(s -> new SectorThemes(s.code(), s.count(),
                        Klachtbeelden.top(themes.getOrDefault(String.valueOf(s.code()), List.of()), Klachtbeelden.TOP)))
                .toList();
        List<Count> outcomes = Klachtbeelden.top(splits.getOrDefault("outcome", List.of()), Integer.MAX_VALUE);
        long forwarded = outcomes.stream().mapToLong(Count::count).sum();
        return new KlachtbeeldFigures(year, total, complaints[1], complaints[0], monthly,
                all(splits, "channel"), sectors, themesPerSector, forwarded, outcomes, all(splits, "kind"),
                all(splits, "urgency"), all(splits, "reporterType"));
    }

    private static List<Count> all(Map<String, List<Count>> splits, String split) {
        return Klachtbeelden.top(splits.getOrDefault(split, List.of()), Integer.MAX_VALUE);
    }
}
