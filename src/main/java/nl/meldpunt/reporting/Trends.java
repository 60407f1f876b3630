package nl.meldpunt.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.reference.ReferenceList;
import nl.meldpunt.reporting.TrendReport.Cluster;
import nl.meldpunt.reporting.TrendReport.NewProvider;
import nl.meldpunt.reporting.TrendReport.Rise;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes the weekly trend report (ISO week, Monday to Sunday, Amsterdam time) over signals (every kind but
 * QUESTION, as in the daily overview). Read model: reads casework's case_file and the report_provider view in SQL,
 * never writes them; provider baselines from the per-provider facts (decision 2600, refreshed first). Only the
 * week's own cases are loaded; the baselines are sums over the trailing weeks, limited to the units seen this week.
 */
@Component
class Trends {

    static final int CASES_PER_SIGNAL = 50;
    private static final Set<String> SERIOUS = Set.of("HIGH", "ACUTE");

    private final JdbcClient jdbc;
    private final ReportLabels labels;
    private final TrendMethod method;
    private final int clusterCases;
    private final int clusterWeeks;
    private final ReportCaseFacts facts;

    Trends(JdbcClient jdbc, ReportLabels labels, ReportCaseFacts facts,
            @Value("${meldpunt.reporting.trends.alpha:0.001}") double alpha,
            @Value("${meldpunt.reporting.trends.min-count:5}") int minCount,
            @Value("${meldpunt.reporting.trends.cluster-cases:3}") int clusterCases,
            @Value("${meldpunt.reporting.trends.cluster-weeks:4}") int clusterWeeks) {
        this.jdbc = jdbc;
        this.labels = labels;
        this.facts = facts;
        this.method = new TrendMethod(TrendMethod.DEFAULT.baselineWeeks(), alpha, minCount, TrendMethod.DEFAULT.minMean());
        this.clusterCases = clusterCases;
        this.clusterWeeks = clusterWeeks;
    }

    private record WeekCase(String caseNumber, String sector, List<String> themes, String urgency, String providerKey,
            String providerName, String place) {}

    TrendReport forWeek(LocalDate monday, Locale locale) {
        facts.refresh();
        Instant start = instant(monday);
        Instant end = instant(monday.plusWeeks(1));
        List<WeekCase> week = jdbc.sql("""
                SELECT c.case_number, c.sector, c.themes, c.urgency, p.provider_key, p.name, p.place
                FROM case_file c LEFT JOIN report_provider p ON p.case_id = c.id
                WHERE c.received_at >= :start AND c.received_at < :end AND """ + SignalOverviews.IS_SIGNAL + """
                 ORDER BY c.received_at, c.id
                """)
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query((rs, n) -> new WeekCase(rs.getString(1), rs.getString(2), SignalOverviews.strings(rs.getArray(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();

        Map<String, Set<String>> bySector = new LinkedHashMap<>();
        Map<String, Set<String>> byTheme = new LinkedHashMap<>();
        Map<String, Set<String>> byProvider = new LinkedHashMap<>();
        Map<String, WeekCase> providerInfo = new HashMap<>();
        Map<String, Set<String>> seriousByProvider = new LinkedHashMap<>();
        for (WeekCase c : week) {
            if (c.sector() != null) {
                bySector.computeIfAbsent(c.sector(), k -> new LinkedHashSet<>()).add(c.caseNumber());
            }
            c.themes().forEach(t -> byTheme.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(c.caseNumber()));
            if (c.providerKey() != null) {
                byProvider.computeIfAbsent(c.providerKey(), k -> new LinkedHashSet<>()).add(c.caseNumber());
                providerInfo.putIfAbsent(c.providerKey(), c);
                if (SERIOUS.contains(c.urgency())) {
                    seriousByProvider.computeIfAbsent(c.providerKey(), k -> new LinkedHashSet<>()).add(c.caseNumber());
                }
            }
        }

        Instant baselineStart = instant(monday.minusWeeks(method.baselineWeeks()));
        List<Rise> rises = new ArrayList<>();
        Map<String, Long> sectorBase = counts("""
                SELECT c.sector, count(*) FROM case_file c
                WHERE c.received_at >= :from AND c.received_at < :to AND c.sector = ANY(:keys) AND """
                + SignalOverviews.IS_SIGNAL + " GROUP BY c.sector", baselineStart, start, bySector.keySet());
        bySector.forEach((code, cases) -> rise("SECTOR", code, labels.of(ReferenceList.SECTOR, code, locale), cases,
                sectorBase, rises));
        Map<String, Long> themeBase = counts("""
                SELECT t.theme, count(*) FROM case_file c CROSS JOIN LATERAL unnest(c.themes) AS t(theme)
                WHERE c.received_at >= :from AND c.received_at < :to AND c.themes && CAST(:keys AS varchar[]) AND """
                + SignalOverviews.IS_SIGNAL + " GROUP BY t.theme", baselineStart, start, byTheme.keySet());
        byTheme.forEach((code, cases) -> rise("THEME", code, labels.of(ReferenceList.THEME, code, locale), cases,
                themeBase, rises));
        Map<String, Long> providerBase = providerCounts(baselineStart, start, byProvider.keySet());
        byProvider.forEach((key, cases) -> rise("PROVIDER", key, providerLabel(providerInfo.get(key)), cases,
                providerBase, rises));
        rises.sort(Comparator.comparingDouble(Rise::pValue).thenComparing(Rise::code));

        // clusters: at least N cases about one provider in the last M weeks, at least one of them this week
        Map<String, Long> clusterCounts = providerCounts(instant(monday.minusWeeks(clusterWeeks - 1L)), end,
                byProvider.keySet());
        List<Cluster> clusters = new ArrayList<>();
        Set<String> clusterKeys = new LinkedHashSet<>();
        byProvider.keySet().stream().filter(k -> clusterCounts.getOrDefault(k, 0L) >= clusterCases)
                .forEach(clusterKeys::add);
        Map<String, List<String>> clusterCaseNumbers =
                providerCases(clusterKeys, instant(monday.minusWeeks(clusterWeeks - 1L)), end);
        clusterKeys.forEach(key -> {
            WeekCase info = providerInfo.get(key);
            clusters.add(new Cluster(key, info.providerName(), info.place(), clusterCounts.get(key),
                    clusterCaseNumbers.getOrDefault(key, List.of())));
        });
        clusters.sort(Comparator.comparingLong(Cluster::cases).reversed().thenComparing(Cluster::providerKey));

        // new providers: a serious (HIGH/ACUTE) signal this week and no case about them ever before this week
        Set<String> known = knownBefore(start, seriousByProvider.keySet());
        List<NewProvider> newProviders = new ArrayList<>();
        seriousByProvider.forEach((key, cases) -> {
            if (!known.contains(key)) {
                WeekCase info = providerInfo.get(key);
                newProviders.add(new NewProvider(key, info.providerName(), info.place(), List.copyOf(cases)));
            }
        });

        LocalDate sunday = monday.plusDays(6);
        return new TrendReport(ReportDates.isoWeek(monday), monday, sunday,
                new TrendReport.Settings(method.baselineWeeks(), method.alpha(), method.minCount(), clusterCases,
                        clusterWeeks),
                rises, clusters, newProviders);
    }

    private void rise(String dimension, String code, String label, Set<String> cases, Map<String, Long> base,
            List<Rise> rises) {
        long baseline = base.getOrDefault(code, 0L);
        if (method.isRise(cases.size(), baseline)) {
            rises.add(new Rise(dimension, code, label, cases.size(), method.baselineMean(baseline),
                    method.pValue(cases.size(), baseline), cases.stream().limit(CASES_PER_SIGNAL).toList()));
        }
    }

    private Map<String, Long> counts(String sql, Instant from, Instant to, Set<String> keys) {
        Map<String, Long> counts = new HashMap<>();
        if (keys.isEmpty()) {
            return counts;
        }
        jdbc.sql(sql).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("keys", keys.toArray(String[]::new))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Distinct signal cases per provider key in [from, to), only for the given keys: one index range per key of the
     * per-provider facts (decision 2600). Reading the cases of a popular provider from case_file grew with its whole
     * history; counting the range's cases and their subjects grew with the range (1.1 s at 1M cases).
     */
    private Map<String, Long> providerCounts(Instant from, Instant to, Set<String> keys) {
        return counts("""
                SELECT f.provider_key, count(DISTINCT f.case_id) FROM report_provider_case f
                WHERE f.provider_key = ANY(:keys) AND f.received_at >= :from AND f.received_at < :to
                  AND (f.kind IS NULL OR f.kind <> 'QUESTION')
                GROUP BY f.provider_key""", from, to, keys);
    }

    /** The keys with any signal case before {@code to}: stops at the first fact found per key (decision 2600). */
    private Set<String> knownBefore(Instant to, Set<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT k FROM unnest(CAST(:keys AS text[])) AS k
                WHERE EXISTS (SELECT 1 FROM report_provider_case f
                              WHERE f.provider_key = k AND f.received_at < :to
                                AND (f.kind IS NULL OR f.kind <> 'QUESTION'))""")
                .param("keys", keys.toArray(String[]::new)).param("to", Timestamp.from(to))
                .query(String.class).list());
    }

    /** Per key the signal case numbers in [from, to), oldest first, at most 50 each: one query for all keys. */
    private Map<String, List<String>> providerCases(Set<String> keys, Instant from, Instant to) {
        Map<String, List<String>> byKey = new HashMap<>();
        if (keys.isEmpty()) {
            return byKey;
        }
        jdbc.sql("""
                WITH r AS MATERIALIZED (
                  SELECT c.id, c.case_number, c.received_at FROM case_file c
                  WHERE c.received_at >= :from AND c.received_at < :to AND """ + SignalOverviews.IS_SIGNAL + """
                )
                SELECT DISTINCT p.provider_key, r.case_number, r.received_at
                FROM r CROSS JOIN LATERAL (SELECT v.provider_key FROM report_provider v WHERE v.case_id = r.id
                                           OFFSET 0) p
                WHERE p.provider_key = ANY(:keys) ORDER BY r.received_at, r.case_number
                """)
                .param("keys", keys.toArray(String[]::new)).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    List<String> list = byKey.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (list.size() < CASES_PER_SIGNAL) {
                        list.add(rs.getString(2));
                    }
                });
        return byKey;
    }

    private static String providerLabel(WeekCase c) {
        return c.place() == null ? c.providerName() : c.providerName() + ", " + c.place();
    }

    private static Instant instant(LocalDate day) {
        return day.atStartOfDay(Amsterdam.ZONE).toInstant();
    }
}
