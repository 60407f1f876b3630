package nl.meldpunt.migration.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Picks an index with given weights (cumulative table + binary search). */
final class Weighted {

    private final double[] cumulative;

    Weighted(double... weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        for (int i = 0; i < weights.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** Zipf-like weights 1/k^s for k = 1..n: a few with very many, most with few. */
    static Weighted zipf(int n, double s) {
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            w[k] = 1 / Math.pow(k + 1, s);
        }
        return new Weighted(w);
    }

    int pick(SplittableRandom random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        i = i < 0 ? -i - 1 : i;
        return Math.min(i, cumulative.length - 1);
    }
}
