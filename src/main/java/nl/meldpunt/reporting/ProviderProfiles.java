package nl.meldpunt.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.reference.ReferenceList;
import nl.meldpunt.reporting.KlachtbeeldFigures.Count;
import nl.meldpunt.reporting.ProviderProfile.CaseLine;
import nl.meldpunt.reporting.ProviderProfile.ClockCount;
import nl.meldpunt.reporting.ProviderProfile.Hit;
import nl.meldpunt.reporting.ProviderProfile.OpenClock;
import nl.meldpunt.reporting.ProviderProfile.YearKinds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Provider search and profile. Read model: reads casework's case_file, deadlines' case_clock and the
 * report_provider / report_case_outcome views and the providers module's provider table in SQL, never writes them. Both queries start from the provider key
 * (expression index on case_subject) or the trigram index on the subject name.
 */
@Component
class ProviderProfiles {

    private static final int RECENT = 50;
    static final int CLOCK_LIST = 50;

    private final JdbcClient jdbc;
    private final ReportLabels labels;
    private final ReportCaseFacts facts;
    private final Clock clock;

    ProviderProfiles(JdbcClient jdbc, ReportLabels labels, ReportCaseFacts facts, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.labels = labels;
        this.facts = facts;
    }

    /**
     * By KvK number or AGB code (8 digits, both tried) exactly, else fuzzy by name (pg_trgm similarity or substring)
     * on the register's name and on the name the case gives. Each branch starts from an index: case_subject's KvK,
     * provider's AGB and case_subject.provider_id, the trigram index on the subject name; the register is small.
     */
    List<Hit> search(String query, int limit) {
        String q = query == null ? "" : query.trim();
        if (q.length() < 2) {
            return List.of();
        }
        if (q.matches("\\d{8}")) {
            return jdbc.sql("""
                    SELECT provider_key, max(name), max(place), max(kvk_number), max(agb_code), count(DISTINCT case_id)
                    FROM report_provider
                    WHERE case_id IN (SELECT case_id FROM case_subject WHERE kvk_number = :q AND type = 'PROVIDER'
                                      UNION
                                      SELECT s.case_id FROM provider p JOIN case_subject s ON s.provider_id = p.id
                                      WHERE p.kvk_number = :q OR p.agb_code = :q)
                      AND (kvk_number = :q OR agb_code = :q)
                    GROUP BY provider_key ORDER BY count(DISTINCT case_id) DESC, provider_key LIMIT :limit
                    """)
                    .param("q", q).param("limit", limit)
                    .query((rs, n) -> new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6)))
                    .list();
        }
        return jdbc.sql("""
                SELECT provider_key, max(name), max(place), max(kvk_number), max(agb_code), count(DISTINCT case_id),
                       max(GREATEST(similarity(lower(name), :q), similarity(lower(subject_name), :q))) AS score
                FROM report_provider
                WHERE case_id IN (SELECT case_id FROM case_subject
                                  WHERE type = 'PROVIDER' AND (lower(name) % :q OR lower(name) LIKE '%' || :q || '%')
                                  UNION
                                  SELECT s.case_id FROM provider p JOIN case_subject s ON s.provider_id = p.id
                                  WHERE lower(p.name) % :q OR lower(p.name) LIKE '%' || :q || '%')
                  AND (lower(name) % :q OR lower(name) LIKE '%' || :q || '%'
                       OR lower(subject_name) % :q OR lower(subject_name) LIKE '%' || :q || '%')
                GROUP BY provider_key ORDER BY score DESC, count(DISTINCT case_id) DESC LIMIT :limit
                """)
                .param("q", q.toLowerCase(Locale.ROOT)).param("limit", limit)
                .query((rs, n) -> new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6)))
                .list();
    }

    /**
     * The profile. Counts from the per-provider figures (decision 2600, refreshed first), the case lines (with the
     * outcome view) only for the 50 most recent and the 50 most recent forwarded cases; open clocks counted and the
     * most urgent listed.
     */
    Optional<ProviderProfile> profile(String key, Locale locale) {
        facts.refresh();
        // the per-provider counts (decision 2600): a few hundred rows even for the largest provider; a linked
        // provider shows the register's current name, place and KvK number (one row of a small table)
        List<Object[]> subjects = jdbc.sql("""
                SELECT DISTINCT COALESCE(p.name, NULLIF(f.c1, '')),
                       CASE WHEN p.id IS NULL THEN NULLIF(f.c2, '') ELSE COALESCE(p.place, NULLIF(f.c2, '')) END,
                       COALESCE(p.kvk_number, NULLIF(f.c3, ''))
                FROM report_provider_figures f LEFT JOIN provider p ON f.provider_key = 'reg:' || p.id
                WHERE f.provider_key = :key AND f.split = 'name'
                """).param("key", key)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        if (subjects.isEmpty()) {
            return Optional.empty();
        }
        TreeMap<Integer, Map<String, Long>> perYear = new TreeMap<>();
        jdbc.sql("SELECT c1, c2, cases FROM report_provider_figures WHERE provider_key = :key AND split = 'year_kind'")
                .param("key", key)
                .query(rs -> {
                    perYear.computeIfAbsent(Integer.parseInt(rs.getString(1)), y -> new LinkedHashMap<>())
                            .merge(rs.getString(2), rs.getLong(3), Long::sum);
                });
        List<Count> themeCounts = Klachtbeelden.top(jdbc.sql("""
                SELECT c1, cases FROM report_provider_figures WHERE provider_key = :key AND split = 'theme'""")
                .param("key", key).query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list(), Integer.MAX_VALUE);
        List<CaseLine> recent = lines(newest(key, false), locale);
        List<CaseLine> forwardedLines = lines(newest(key, true), locale);
        OpenClocks clocks = openClocks(key);
        List<YearKinds> years = new ArrayList<>();
        perYear.forEach((year, kinds) -> years.add(new YearKinds(year,
                kinds.values().stream().mapToLong(Long::longValue).sum(),
                Klachtbeelden.top(kinds.entrySet().stream()
                        .map(e -> new Count(e.getKey().isEmpty() ? null : e.getKey(), e.getValue())).toList(),
                        Integer.MAX_VALUE))));
        var names = new LinkedHashSet<String>();
        subjects.forEach(s -> names.add(s[1] == null ? (String) s[0] : s[0] + ", " + s[1]));
        String kvk = subjects.stream().map(s -> (String) s[2]).filter(k -> k != null).findFirst().orElse(null);
        long cases = years.stream().mapToLong(YearKinds::total).sum();
        return Optional.of(new ProviderProfile(key, (String) subjects.get(0)[0], kvk, List.copyOf(names), cases,
                years, themeCounts, clocks.total(), clocks.counts(), clocks.soonest(), forwardedLines, recent,
                timeline(years, locale)));
    }

    private record OpenClocks(long total, List<ClockCount> counts, List<OpenClock> soonest) {}

    /**
     * The provider's open clocks in one pass: how many per type and state (and how many of them overdue), and the
     * {@link #CLOCK_LIST} due soonest. A provider with tens of thousands of cases has tens of thousands of open clocks;
     * the page lists the most urgent ones and counts the rest. The open clocks are joined with the provider's cases
     * through the covering partial index on open clocks (V2026_11_27_0100): per case for a small provider, one hash
     * join for a large one, never a walk over every open clock in due order.
     */
    private OpenClocks openClocks(String key) {
        List<ClockCount> counts = new ArrayList<>();
        List<OpenClock> soonest = new ArrayList<>();
        jdbc.sql("""
                WITH open AS MATERIALIZED (
                    SELECT k.case_number, k.type_code, k.state, k.due_at
                    FROM case_clock k
                    WHERE k.case_id IN (SELECT f.case_id FROM report_provider_case f WHERE f.provider_key = :key)
                      AND k.state IN ('RUNNING', 'PAUSED', 'BREACHED'))
                SELECT 'count' AS row_kind, NULL AS case_number, type_code, state, NULL::timestamptz AS due_at,
                       count(*) AS n, count(*) FILTER (WHERE due_at < :now) AS overdue
                FROM open GROUP BY type_code, state
                UNION ALL
                (SELECT 'clock', case_number, type_code, state, due_at, 0, 0 FROM open ORDER BY due_at, case_number
                 LIMIT :limit)
                """)
                .param("key", key).param("now", Timestamp.from(clock.instant())).param("limit", CLOCK_LIST)
                .query(rs -> {
                    if ("count".equals(rs.getString("row_kind"))) {
                        counts.add(new ClockCount(rs.getString("type_code"), rs.getString("state"), rs.getLong("n"),
                                rs.getLong("overdue")));
                    } else {
                        soonest.add(new OpenClock(rs.getString("case_number"), rs.getString("type_code"),
                                rs.getString("state"), rs.getTimestamp("due_at").toInstant()));
                    }
                });
        counts.sort(Comparator.comparing(ClockCount::count).reversed().thenComparing(ClockCount::type)
                .thenComparing(ClockCount::state));
        return new OpenClocks(counts.stream().mapToLong(ClockCount::count).sum(), List.copyOf(counts),
                List.copyOf(soonest));
    }

    /** The provider's newest case ids (all, or the forwarded ones), at most {@link #RECENT}, newest first. */
    private List<Long> newest(String key, boolean forwardedOnly) {
        return jdbc.sql("""
                SELECT case_id FROM (SELECT DISTINCT ON (f.received_at, f.case_id) f.case_id, f.received_at
                                     FROM report_provider_case f
                                     WHERE f.provider_key = :key AND (f.forwarded OR NOT :forwardedOnly)
                                     ORDER BY f.received_at DESC, f.case_id DESC) n
                ORDER BY received_at DESC, case_id DESC LIMIT :limit
                """)
                .param("key", key).param("forwardedOnly", forwardedOnly).param("limit", RECENT)
                .query(Long.class).list();
    }

    /** Case lines for the given case ids (newest first), with the outcome from the report_case_outcome view. */
    private List<CaseLine> lines(List<Long> ids, Locale locale) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT c.case_number, c.received_at, c.kind, c.sector, c.urgency, c.status, c.inspector_summary,
                       o.forwarded, o.outcome
                FROM case_file c JOIN report_case_outcome o ON o.case_id = c.id
                WHERE c.id = ANY(:ids)
                ORDER BY c.received_at DESC, c.id DESC
                """)
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new CaseLine(rs.getString("case_number"), rs.getTimestamp("received_at").toInstant(),
                        labels.of(ReferenceList.KIND, rs.getString("kind"), locale),
                        labels.of(ReferenceList.SECTOR, rs.getString("sector"), locale),
                        labels.of(ReferenceList.URGENCY, rs.getString("urgency"), locale), rs.getString("status"),
                        rs.getBoolean("forwarded"), rs.getString("outcome"), rs.getString("inspector_summary")))
                .list();
    }

    /** Cases per year, one bar series per kind (pattern and colour per kind, with a legend). */
    private String timeline(List<YearKinds> years, Locale locale) {
        if (years.isEmpty()) {
            return "";
        }
        int first = years.get(0).year();
        int last = Math.max(years.get(years.size() - 1).year(), first);
        List<String> groups = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            groups.add(String.valueOf(y));
        }
        List<String> kinds = years.stream().flatMap(y -> y.kinds().stream()).map(Count::code).distinct().toList();
        List<SvgCharts.Series> series = new ArrayList<>();
        for (String kind : kinds) {
            long[] values = new long[groups.size()];
            for (YearKinds y : years) {
                values[y.year() - first] = y.kinds().stream().filter(c -> java.util.Objects.equals(c.code(), kind))
                        .mapToLong(Count::count).sum();
            }
            series.add(new SvgCharts.Series(labels.of(ReferenceList.KIND, kind, locale), values,
                    new boolean[groups.size()]));
        }
        return SvgCharts.groupedBars("pp-timeline", labels.text("reporting.profile.timeline", locale), groups, series,
                locale);
    }

}
