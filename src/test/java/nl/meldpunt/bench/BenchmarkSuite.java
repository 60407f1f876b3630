package nl.meldpunt.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.meldpunt.migration.generator.CaseGenerator;
import nl.meldpunt.migration.generator.GeneratorOptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every benchmark of docs/benchmarks.md in one run (issue 8), on the packaged application:
 * generate the cases (once; the file is kept), import them with {@code java -jar … import} into a fresh durable
 * embedded PostgreSQL (with the raw COPY ceiling), start the application as a separate process with
 * {@code -Xmx512m} on that database, run the HTTP phases of {@link BenchPhases} over loopback, pgbench on the same
 * PostgreSQL, the heap after a full GC, and write {@code target/benchmarks-results.md}. Not a test: run it with
 * {@code ./mvnw -B -Pbench verify} (see docs/benchmarks.md). Every phase is bounded in time.
 */
public final class BenchmarkSuite {

    static final Path WORK = Path.of("target/bench");
    private static final Pattern CEILING = Pattern.compile("Raw ceiling: ([\\d,]+) cases in ([\\d.]+) s of COPY = ([\\d,]+) cases/s");
    private static final Pattern IMPORTED = Pattern.compile("Import run \\d+ (\\w+) in ([\\d.]+) s: ([\\d,]+) imported, ([\\d,]+) skipped, ([\\d,]+) rejected");
    private static final Pattern STARTED = Pattern.compile("Started MeldpuntApplication in ([\\d.]+) seconds");
    private static final Pattern HEAP_USED = Pattern.compile("total (?:reserved )?[\\d]+K, (?:committed [\\d]+K, )?used ([\\d]+)K");

    private BenchmarkSuite() {}

    public static void main(String[] args) throws Exception {
        long cases = Long.getLong("bench.cases", 1_000_000);
        Duration phase = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
        BenchPhases.Settings settings = new BenchPhases.Settings(phase,
                Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 60)), 8_000,
                Arrays.stream(System.getProperty("bench.clients", "1,16,64").split(",")).map(String::strip)
                        .mapToInt(Integer::parseInt).toArray(),
                Integer.getInteger("bench.history", 200), Integer.getInteger("bench.contacts", 50),
                Integer.getInteger("bench.attachments", 20), Duration.ofMinutes(5),
                Integer.getInteger("bench.report-year", 2025));
        Files.createDirectories(WORK);
        List<String> facts = new ArrayList<>();
        String loadAtStart = LoadDriver.loadAverage();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = jar();

        Path file = WORK.resolve("cases-" + cases + "-seed42.jsonl");
        facts.add(generate(file, cases, Integer.getInteger("bench.years", 10), Long.getLong("bench.seed", 42),
                YearMonth.parse(System.getProperty("bench.end", "2026-10"))));
        Path data = WORK.resolve("pgdata");
        Path importFacts = WORK.resolve("import-facts-" + cases + ".md");
        if (Boolean.getBoolean("bench.reuse-import") && Files.isRegularFile(importFacts)) {
            // -Dbench.reuse-import=true: measure the pages again on the database an earlier run imported (the
            // import figures are that run's, kept next to the data); the app then also holds that run's intakes.
            System.out.println("Phase: import skipped, reusing " + data);
            facts.addAll(Files.readAllLines(importFacts).stream()
                    .map(l -> l.endsWith("|") ? l.substring(0, l.length() - 1) + "(import of an earlier run, reused) |"
                            : l).toList());
        } else {
            delete(data);
            Files.deleteIfExists(importFacts);
            List<String> imported = importFile(java, jar, file, data, cases);
            facts.addAll(imported);
            Files.write(importFacts, imported);
        }

        int pgPort = freePort();
        int httpPort = freePort();
        Path log = WORK.resolve("app.log");
        long spawned = System.nanoTime();
        Process app = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(), "--spring.profiles.active=demo",
                "--server.port=" + httpPort, "--meldpunt.embedded-postgres.data-dir=" + data,
                "--meldpunt.embedded-postgres.port=" + pgPort, "--meldpunt.embedded-postgres.durable=true",
                "--logging.level.root=warn", "--logging.level.nl.meldpunt.MeldpuntApplication=info",
                // The demo profile re-reads templates on every request (for editing them); production caches them.
                "--spring.thymeleaf.cache=true",
                // The per-caller API rate limit (issue 9) is a policy for one client, not the capacity measured.
                "--meldpunt.api.rate-limit.capacity=1000000", "--meldpunt.api.rate-limit.per-second=1000000")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        List<BenchPhases.Row> rows = List.of();
        String heap = "not measured";
        try {
            String base = "http://127.0.0.1:" + httpPort;
            double firstPage = waitForFirstPage(base, app, spawned, Duration.ofMinutes(5));
            Matcher started = STARTED.matcher(Files.readString(log));
            facts.add(String.format(Locale.ROOT, "| Start: `java -Xmx512m -jar` (demo profile, %,d cases) → first "
                    + "200 from `/login` | ≤ 10 s (issue 3) | **%.1f s** (Spring's own figure: %s s) |", cases,
                    firstPage, started.find() ? started.group(1) : "?"));
            PGSimpleDataSource database = new PGSimpleDataSource();
            database.setUrl("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres");
            database.setUser("postgres");
            long t = System.nanoTime();
            try (var c = database.getConnection(); var s = c.createStatement()) {
                s.execute("SET statement_timeout = '15min'");
                s.execute("VACUUM ANALYZE");
            }
            facts.add(String.format(Locale.ROOT, "| `VACUUM ANALYZE` after the import | | %.1f s |",
                    (System.nanoTime() - t) / 1e9));
            rows = new BenchPhases(new BenchHttp(base), settings, database).runAll();
            System.out.println("Phase: pgbench ...");
            LoadDriver.Pgbench pgbench = LoadDriver.pgbench(pgPort, phase);
            double intake16 = rows.stream().filter(r -> r.result() != null && r.result().clients() == 16
                    && r.what().startsWith("Intake") && r.what().contains("closed loop"))
                    .mapToDouble(r -> r.result().throughput()).findFirst().orElse(Double.NaN);
            facts.add(String.format(Locale.ROOT, "| pgbench TPC-B-like, 16 clients (database ceiling) | | %.0f tps; "
                    + "intake with 16 clients ÷ pgbench = **%.3f** |", pgbench.tps(), intake16 / pgbench.tps()));
            heap = heapAfterFullGc(app.pid());
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        long ooms = Files.readAllLines(log).stream().filter(l -> l.contains("OutOfMemoryError")).count();
        facts.add("| Heap of the app (`-Xmx512m`) after a full GC (`jcmd GC.run`), after all phases | serves all "
                + "with `-Xmx512m` | " + heap + "; OutOfMemoryError in the log: **" + ooms + "** |");
        String report = report(cases, loadAtStart, LoadDriver.loadAverage(), facts, rows) + String.format(Locale.ROOT,
                "%nSettings: %d s per phase, intake warm-up %d s, intake clients %s; logs in %s.%n", phase.toSeconds(),
                settings.warmUp().toSeconds(), System.getProperty("bench.clients", "1,16,64"), WORK);
        Files.writeString(Path.of("target/benchmarks-results.md"), report);
        System.out.println();
        System.out.println(report);
        System.exit(0);
    }

    /** The packaged application ({@code target/meldpunt-*.jar}, not the plain jar). */
    static Path jar() throws IOException {
        String given = System.getProperty("bench.jar", "");
        if (!given.isBlank()) {
            return Path.of(given);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("meldpunt-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/meldpunt-*.jar: run ./mvnw package"));
        }
    }

    /** Generates the file with the bulk generator unless it exists (written aside, then moved into place). */
    static String generate(Path file, long cases, int years, long seed, YearMonth end) throws IOException {
        if (Files.isRegularFile(file)) {
            return String.format(Locale.ROOT, "| Generate %,d cases | well under a minute | kept from an earlier run "
                    + "(`%s`, %,d bytes) |", cases, file, Files.size(file));
        }
        System.out.println("Phase: generate " + cases + " cases ...");
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        long t = System.nanoTime();
        long bytes = new CaseGenerator(new GeneratorOptions(cases, years, seed, partial, end)).writeTo(partial);
        double seconds = (System.nanoTime() - t) / 1e9;
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        return String.format(Locale.ROOT, "| Generate %,d cases (%d years, seed %d) | well under a minute | "
                + "**%.1f s** (%,d bytes) |", cases, years, seed, seconds, bytes);
    }

    /** {@code java -Xmx512m -jar … import} with the raw ceiling first, on a fresh durable data directory. */
    private static List<String> importFile(String java, Path jar, Path file, Path data, long cases)
            throws IOException, InterruptedException {
        System.out.println("Phase: import (raw ceiling first) ...");
        Path log = WORK.resolve("import.log");
        long ceilingCases = Math.min(cases, Long.getLong("bench.ceiling-cases", 100_000));
        long t = System.nanoTime();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(), "import", file.toString(),
                "--writers", "2", "--measure-ceiling", "--ceiling-cases", Long.toString(ceilingCases),
                "--meldpunt.embedded-postgres.data-dir=" + data, "--meldpunt.embedded-postgres.durable=true",
                "--logging.level.root=warn").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(Long.getLong("bench.import-minutes", 60), TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        double wall = (System.nanoTime() - t) / 1e9;
        String out = Files.readString(log);
        List<String> lines = new ArrayList<>();
        Matcher ceiling = CEILING.matcher(out);
        boolean measured = ceiling.find();
        double ceilingRate = measured ? number(ceiling.group(3)) : Double.NaN;
        lines.add(measured ? String.format(Locale.ROOT, "| Raw ceiling: COPY into unlogged scratch tables "
                + "(%s cases, COPY time only) | | %s cases/s |", ceiling.group(1), ceiling.group(3))
                : "| Raw ceiling | | not found in " + log + " |");
        Matcher run = IMPORTED.matcher(out);
        if (run.find()) {
            double rate = number(run.group(3)) / Double.parseDouble(run.group(2));
            lines.add(String.format(Locale.ROOT, "| Import %s cases (`java -Xmx512m -jar … import`, 2 writers, durable) "
                    + "| ≤ 3 min for 1,000,000 | **%s s = %,.0f cases/s** (%s, %s rejected; %.0f s wall incl. "
                    + "start and ceiling); ÷ ceiling = **%.2f** |", run.group(3), run.group(2), rate, run.group(1),
                    run.group(5), wall, rate / ceilingRate));
        } else {
            lines.add("| Import | ≤ 3 min for 1,000,000 | **did not finish** (exit " + (done ? p.exitValue() : "timeout")
                    + "), see " + log + " |");
        }
        return lines;
    }

    private static double waitForFirstPage(String base, Process app, long spawned, Duration limit)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = spawned + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The application exited with " + app.exitValue() + ", see " + WORK);
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - spawned) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No page within " + limit);
    }

    /** {@code jcmd <pid> GC.run}, then the used heap from {@code GC.heap_info}. */
    static String heapAfterFullGc(long pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, Long.toString(pid), "GC.run");
        String info = run(jcmd, Long.toString(pid), "GC.heap_info");
        Matcher used = HEAP_USED.matcher(info);
        return used.find() ? String.format(Locale.ROOT, "**%.0f MB** used", Long.parseLong(used.group(1)) / 1024.0)
                : "not read (" + info.lines().findFirst().orElse("") + ")";
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** The results page: machine, load, the one-off figures, then one line per measured phase. */
    static String report(long cases, String loadStart, String loadEnd, List<String> facts, List<BenchPhases.Row> rows) {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        md.append("- Date: ").append(ZonedDateTime.now().withNano(0)).append('\n');
        md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (")
                .append(cpuModel()).append("), ").append(memory()).append(", JDK ")
                .append(System.getProperty("java.version")).append('\n');
        md.append("- Load average at start: ").append(loadStart).append("; at end: ").append(loadEnd).append('\n');
        md.append(String.format(Locale.ROOT, "- Cases generated and imported: %,d%n%n", cases));
        md.append("| what | target | measured |\n|---|---|---|\n");
        facts.forEach(f -> md.append(f).append('\n'));
        md.append("\n| what | clients | requests | errors | per second | p50 ms | p95 ms | p99 ms | target | met? |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (BenchPhases.Row r : rows) {
            String met = r.met() == null ? "" : r.met() ? "yes" : "**no**";
            String measured = r.result() != null ? r.result().row() : "| " + r.what() + " | | | | | | | |";
            md.append(measured).append(' ').append(r.target()).append(" | ").append(met).append(" |\n");
        }
        md.append('\n');
        rows.stream().filter(r -> !r.note().isBlank())
                .forEach(r -> md.append("- ").append(r.what()).append(": ").append(r.note()).append('\n'));
        return md.toString();
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceAll(".*:\\s*", ""))
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> String.format(Locale.ROOT, "%.0f GiB RAM",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
