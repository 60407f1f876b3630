package nl.meldpunt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The false-alarm rate of the weekly trend method, measured on generated data without trends: for each weekly
 * mean, stationary Poisson counts for 12 baseline weeks and one current week, repeated many times; the share of
 * current weeks flagged as a rise is the false-alarm rate per unit and week. Figures in docs/reports.md.
 */
class TrendMethodFalseAlarmTest {

    private static final double[] MEANS = {0.2, 0.5, 1, 2, 5, 10, 20, 50, 100};
    private static final int TRIALS = 40_000;

    @Test
    void false_alarm_rate_on_stationary_poisson_counts_stays_below_half_a_percent() {
        Random random = new Random(20261123L);
        TrendMethod method = TrendMethod.DEFAULT;
        long alarmsAll = 0;
        StringBuilder report = new StringBuilder("mean  false-alarm rate per unit-week\n");
        for (double mean : MEANS) {
            long alarms = 0;
            for (int t = 0; t < TRIALS; t++) {
                long baseline = 0;
                for (int w = 0; w < method.baselineWeeks(); w++) {
                    baseline += poisson(random, mean);
                }
                if (method.isRise(poisson(random, mean), baseline)) {
                    alarms++;
                }
            }
            alarmsAll += alarms;
            double rate = (double) alarms / TRIALS;
            report.append("%5.1f %.4f%%%n".formatted(mean, 100 * rate));
            assertThat(rate).as("false-alarm rate at mean %s", mean).isLessThan(0.005);
        }
        report.append("all   %.4f%%%n".formatted(100.0 * alarmsAll / (TRIALS * MEANS.length)));
        System.out.println(report);
    }

    @Test
    void a_clear_rise_is_found() {
        // usually 2 a week, 12 this week
        assertThat(TrendMethod.DEFAULT.isRise(12, 24)).isTrue();
        // usually 2 a week, 4 this week: below the minimum count
        assertThat(TrendMethod.DEFAULT.isRise(4, 24)).isFalse();
        // usually 50 a week, 60 this week: within normal variation
        assertThat(TrendMethod.DEFAULT.isRise(60, 600)).isFalse();
    }

    @Test
    void poisson_tail_matches_known_values() {
        // P(X >= 1 | mu = 1) = 1 - e^-1
        assertThat(TrendMethod.upperTail(1, 1.0)).isCloseTo(1 - Math.exp(-1), org.assertj.core.data.Offset.offset(1e-12));
        // P(X >= 3 | mu = 1) = 1 - e^-1 (1 + 1 + 1/2)
        assertThat(TrendMethod.upperTail(3, 1.0))
                .isCloseTo(1 - Math.exp(-1) * 2.5, org.assertj.core.data.Offset.offset(1e-12));
    }

    private static long poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
