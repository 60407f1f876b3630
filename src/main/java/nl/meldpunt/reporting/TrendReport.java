package nl.meldpunt.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Weekly signals and trends for inspectors: units (provider, sector, theme) clearly above their usual level,
 * clusters of cases about one provider, and providers new to Meldpunt with serious signals. Every signal lists its
 * case numbers (at most {@link Trends#CASES_PER_SIGNAL}).
 */
record TrendReport(String week, LocalDate from, LocalDate to, Settings settings, List<Rise> rises,
        List<Cluster> clusters, List<NewProvider> newProviders) {

    /** The method's parameters, stated with every report. */
    record Settings(int baselineWeeks, double alpha, int minCount, int clusterCases, int clusterWeeks) {}

    /** dimension: PROVIDER, SECTOR or THEME. */
    record Rise(String dimension, String code, String label, long count, double baselineMean, double pValue,
            List<String> caseNumbers) {}

    record Cluster(String providerKey, String name, String place, long cases, List<String> caseNumbers) {}

    record NewProvider(String providerKey, String name, String place, List<String> caseNumbers) {}

    int signalCount() {
        return rises.size() + clusters.size() + newProviders.size();
    }
}
