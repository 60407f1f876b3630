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
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "load average at start: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        TriageEngine engine = TriageEvaluation.train(seed);
        System.out.printf(Locale.ROOT, "training on %d examples: %d ms wall, %d ms CPU%n", seed.size(),
                (System.nanoTime() - t0) / 1_000_000, (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000);

        for (int i = 0; i < 300; i++) {
            TriageExample e = seed.get(i % seed.size());
            engine.suggest(e.text(), e.channel(), e.reporterType());
        }
        long[] times = new long[n];
        long[] cpuTimes = new long[n];
        for (int i = 0; i < n; i++) {
            TriageExample e = seed.get((i * 7) % seed.size());
            long c = cpu.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            engine.suggest(e.text(), e.channel(), e.reporterType());
            times[i] = System.nanoTime() - s;
            cpuTimes[i] = cpu.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(times);
        Arrays.sort(cpuTimes);
        System.out.printf(Locale.ROOT, "suggestion latency over %d calls (wall): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms%n", n, times[n / 2] / 1e6, times[(int) (n * 0.95)] / 1e6,
                times[(int) (n * 0.99)] / 1e6, times[n - 1] / 1e6);
        System.out.printf(Locale.ROOT, "suggestion latency over %d calls (CPU): p50 %.2f ms, p95 %.2f ms%n", n,
                cpuTimes[n / 2] / 1e6, cpuTimes[(int) (n * 0.95)] / 1e6);

        TextFeatures features = new TextFeatures();
        UrgencyRules rules = new UrgencyRules();
        long[] parts = new long[3];
        for (int i = 0; i < n; i++) {
            TriageExample e = seed.get((i * 7) % seed.size());
            long c = cpu.getCurrentThreadCpuTime();
            features.extract(e.text(), e.channel(), e.reporterType());
            long c2 = cpu.getCurrentThreadCpuTime();
            rules.evaluate(e.text());
            long c3 = cpu.getCurrentThreadCpuTime();
            engine.model().predict(e.text(), e.channel(), e.reporterType());
            long c4 = cpu.getCurrentThreadCpuTime();
            parts[0] += c2 - c;
            parts[1] += c3 - c2;
            parts[2] += c4 - c3;
        }
        System.out.printf(Locale.ROOT, "mean CPU per call: features %.2f ms, urgency rules %.2f ms, "
                + "features + scoring %.2f ms%n", parts[0] / 1e6 / n, parts[1] / 1e6 / n, parts[2] / 1e6 / n);

        List<TriageExample> big = new ArrayList<>();
        for (int i = 0; big.size() < 10_000; i++) {
            TriageExample e = seed.get(i % seed.size());
            big.add(new TriageExample(e.id() + "-" + i, e.channel(), e.reporterType(),
                    e.text() + " variant " + (i / seed.size()), e.kind(), e.sector(), e.urgency(), e.themes()));
        }
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        TriageEvaluation.train(big);
        System.out.printf(Locale.ROOT, "training on %d examples: %d ms wall, %d ms CPU%n", big.size(),
                (System.nanoTime() - t1) / 1_000_000, (cpu.getCurrentThreadCpuTime() - c1) / 1_000_000);
    }
}
