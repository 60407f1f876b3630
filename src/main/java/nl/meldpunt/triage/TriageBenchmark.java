package nl.meldpunt.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Timing loop for suggestion latency and training time (not a unit test: figures go to docs/triage.md). */
final class TriageBenchmark {

    private TriageBenchmark() {}

    static void run(int n) {
        List<TriageExample> seed = ExampleFiles.seed();
        long t0 = System.nanoTime();
        TriageEngine engine = TriageEvaluation.train(seed);
        long trainMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(Locale.ROOT, "training on %d examples: %d ms%n", seed.size(), trainMs);

        for (int i = 0; i < 300; i++) {
            TriageExample e = seed.get(i % seed.size());
            engine.suggest(e.text(), e.channel(), e.reporterType());
        }
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            TriageExample e = seed.get((i * 7) % seed.size());
            long s = System.nanoTime();
            engine.suggest(e.text(), e.channel(), e.reporterType());
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "suggestion latency over %d calls: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms%n", n, times[n / 2] / 1e6, times[(int) (n * 0.95)] / 1e6,
                times[(int) (n * 0.99)] / 1e6, times[n - 1] / 1e6);

        List<TriageExample> big = new ArrayList<>();
        for (int i = 0; big.size() < 10_000; i++) {
            TriageExample e = seed.get(i % seed.size());
            big.add(new TriageExample(e.id() + "-" + i, e.channel(), e.reporterType(),
                    e.text() + " variant " + (i / seed.size()), e.kind(), e.sector(), e.urgency(), e.themes()));
        }
        long t1 = System.nanoTime();
        TriageEvaluation.train(big);
        System.out.printf(Locale.ROOT, "training on %d examples: %d ms%n", big.size(), (System.nanoTime() - t1) / 1_000_000);
    }
}
