package nl.meldpunt.reporting;

/**
 * When a weekly count is "clearly above its usual level": a one-sided Poisson test against the mean of the trailing
 * baseline weeks. The count x of the week is a rise when x is at least {@code minCount} and, with the baseline
 * mean μ (floored at {@code minMean} so that a unit never seen before is not a rise after one or two cases),
 * P(X ≥ x | Poisson(μ)) is below {@code alpha}. The false-alarm rate on stationary data is measured by
 * {@code TrendMethodFalseAlarmTest} and reported in docs/reports.md.
 */
record TrendMethod(int baselineWeeks, double alpha, int minCount, double minMean) {

    static final TrendMethod DEFAULT = new TrendMethod(12, 0.001, 5, 0.5);

    double baselineMean(long baselineSum) {
        return (double) baselineSum / baselineWeeks;
    }

    boolean isRise(long count, long baselineSum) {
        return count >= minCount && pValue(count, baselineSum) < alpha;
    }

    double pValue(long count, long baselineSum) {
        return upperTail(count, Math.max(minMean, baselineMean(baselineSum)));
    }

    /** P(X ≥ x) for X ~ Poisson(mu), summed from x upwards in log space (stable for large x and mu). */
    static double upperTail(long x, double mu) {
        if (x <= 0) {
            return 1.0;
        }
        double logTerm = -mu + x * Math.log(mu) - logFactorial(x);
        double term = Math.exp(logTerm);
        double sum = term;
        for (long k = x + 1; k < x + 100_000; k++) {
            term *= mu / k;
            sum += term;
            if (term < sum * 1e-15) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }

    static double logFactorial(long n) {
        if (n < 256) {
            double s = 0;
            for (int i = 2; i <= n; i++) {
                s += Math.log(i);
            }
            return s;
        }
        double x = n + 1.0; // Stirling series for ln Γ(n + 1)
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }
}
