package nl.meldpunt.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver of the benchmarks: closed loop (N clients, one platform thread each, call the same operation
 * until a deadline or a request budget runs out) and paced (N clients send at a fixed total rate); latencies of the
 * successful calls are kept. Also the database
 * ceiling (pgbench) and the machine's load average. Used by {@link IntakeLoadBenchmark} and {@link BenchmarkSuite}.
 */
public final class LoadDriver {

    public static final int MAX_REQUESTS_PER_PHASE = 200_000;

    private LoadDriver() {}

    /** One operation; true when it succeeded (e.g. the expected HTTP status). */
    @FunctionalInterface
    public interface Call {
        boolean run(int client, int seq) throws Exception;
    }

    /** What one phase measured. */
    public record Result(String what, int clients, int requests, int errors, double seconds, long[] latenciesNanos) {

        public double throughput() {
            return seconds <= 0 ? 0 : requests / seconds;
        }

        public double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        public String row() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.1f | %.1f | %.1f |", what, clients,
                    requests, errors, throughput(), percentileMillis(50), percentileMillis(95), percentileMillis(99));
        }
    }

    public static Result run(String what, int clients, Call call, Duration duration) throws Exception {
        return run(what, clients, call, duration, MAX_REQUESTS_PER_PHASE);
    }

    /** Runs until {@code duration} has passed or {@code maxRequests} were started; every client makes ≥ 1 call. */
    public static Result run(String what, int clients, Call call, Duration duration, int maxRequests)
            throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicInteger budget = new AtomicInteger(maxRequests);
        return drive(what, clients, (client, latencies, errors) -> {
            int seq = 0;
            while ((seq == 0 || System.nanoTime() < deadline) && budget.decrementAndGet() >= 0) {
                long t0 = System.nanoTime();
                timed(call, client, seq++, t0, latencies, errors);
            }
        });
    }

    /**
     * An open-loop phase: {@code clients} clients together start {@code perSecond} calls a second on a fixed schedule
     * (client i sends its k-th call at {@code (k * clients + i) / perSecond} seconds), whatever the answers take.
     * A latency runs from the call's scheduled time, not from when it could be sent, so a server that falls behind
     * shows it in every later call (no coordinated omission). The result's throughput is what was completed.
     */
    public static Result paced(String what, int clients, double perSecond, Call call, Duration duration)
            throws Exception {
        long began = System.nanoTime();
        long end = began + duration.toNanos();
        double interval = 1e9 / perSecond;
        return drive(what, clients, (client, latencies, errors) -> {
            for (int k = 0; ; k++) {
                long scheduled = began + (long) ((k * (double) clients + client) * interval);
                if (scheduled >= end) {
                    return;
                }
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                timed(call, client, k, scheduled, latencies, errors);
            }
        });
    }

    /** What one client does in a phase, recording each successful call's latency. */
    private interface Client {
        void run(int client, Latencies latencies, AtomicInteger errors) throws Exception;
    }

    /** A growing array of latencies in nanoseconds. */
    private static final class Latencies {
        private long[] values = new long[1024];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** One call; its latency from {@code since} when it succeeded, else an error counted. */
    private static void timed(Call call, int client, int seq, long since, Latencies latencies, AtomicInteger errors) {
        boolean ok;
        try {
            ok = call.run(client, seq);
        } catch (Exception e) {
            ok = false;
        }
        if (ok) {
            latencies.add(System.nanoTime() - since);
        } else {
            errors.incrementAndGet();
        }
    }

    /** Runs the clients on a thread each and merges what they measured. */
    private static Result drive(String what, int clients, Client body) throws Exception {
        AtomicInteger errors = new AtomicInteger();
        List<Future<long[]>> workers = new ArrayList<>();
        long began = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                workers.add(pool.submit(() -> {
                    Latencies latencies = new Latencies();
                    body.run(client, latencies, errors);
                    return latencies.toArray();
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> w : workers) {
                long[] part = w.get();
                long[] merged = Arrays.copyOf(all, all.length + part.length);
                System.arraycopy(part, 0, merged, all.length, part.length);
                all = merged;
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            return new Result(what, clients, all.length, errors.get(), seconds, all);
        }
    }

    /** pgbench's output lines worth keeping, and its throughput (NaN when it did not run). */
    public record Pgbench(String text, double tps) {}

    /**
     * pgbench's TPC-B-like load (its default script, scale 10, 16 clients, 2 threads) on the PostgreSQL at
     * {@code port}, in a database of its own ({@code pgbench}, created here and dropped first if it exists).
     */
    public static Pgbench pgbench(int port, Duration duration) throws IOException, InterruptedException {
        return pgbench(port, duration, 10);
    }

    /** As {@link #pgbench(int, Duration)} with another scale (1 = 100,000 accounts; for the smoke test). */
    public static Pgbench pgbench(int port, Duration duration, int scale) throws IOException, InterruptedException {
        Path pgbench = Path.of("/usr/bin/pgbench");
        if (!Files.isExecutable(pgbench)) {
            return new Pgbench("pgbench not found: database ceiling not measured.\n", Double.NaN);
        }
        String host = "127.0.0.1";
        String p = String.valueOf(port);
        try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://" + host + ":" + p + "/postgres",
                "postgres", "postgres"); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS pgbench");
            s.execute("CREATE DATABASE pgbench");
        } catch (java.sql.SQLException e) {
            return new Pgbench("pgbench database not created: " + e.getMessage() + "\n", Double.NaN);
        }
        long seconds = Math.max(1, duration.toSeconds());
        StringBuilder out = new StringBuilder("pgbench (TPC-B-like, scale " + scale + ", 16 clients, 2 threads, " + seconds
                + " s) on the same PostgreSQL:\n\n```\n");
        exec(out, false, pgbench.toString(), "-h", host, "-p", p, "-U", "postgres", "-i", "-q", "-s", String.valueOf(scale),
                "pgbench");
        String run = exec(out, true, pgbench.toString(), "-h", host, "-p", p, "-U", "postgres", "-c", "16", "-j",
                "2", "-T", String.valueOf(seconds), "pgbench");
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(run);
        return new Pgbench(out.append("```\n").toString(), tps.find() ? Double.parseDouble(tps.group(1)) : Double.NaN);
    }

    private static String exec(StringBuilder out, boolean keep, String... command)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        if (keep) {
            text.lines().filter(l -> l.contains("tps") || l.contains("latency") || l.contains("number of "))
                    .forEach(l -> out.append(l).append('\n'));
        }
        return text;
    }

    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
