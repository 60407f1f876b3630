package nl.meldpunt.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.meldpunt.MeldpuntApplication;
import nl.meldpunt.bench.LoadDriver.Call;
import nl.meldpunt.bench.LoadDriver.Result;
import nl.meldpunt.admin.ApiTokens;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.casework.ReporterRelation;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intake throughput through the REST API on loopback against the embedded PostgreSQL, and in the same run the
 * ceilings below it: the same registration in-process (no HTTP) and pgbench's TPC-B-like load on the same
 * PostgreSQL. Not a test: run it with {@code scripts/benchmark-intake.sh} (see docs/benchmarks.md). Every phase
 * is bounded in time and count and only talks to localhost.
 */
public final class IntakeLoadBenchmark {

    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
        private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 60));
    private static final int WARM_UP_REQUESTS = 8_000;
    private static final int[] CLIENTS = Arrays.stream(System.getProperty("bench.clients", "1,16,64").split(","))
            .mapToInt(Integer::parseInt).toArray();

    private IntakeLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        StringBuilder report = new StringBuilder();
        report.append("Load average at start: ").append(LoadDriver.loadAverage()).append('\n');
        long startNanos = System.nanoTime();
        ConfigurableApplicationContext app = start(true);
        double startSeconds = (System.nanoTime() - startNanos) / 1e9;
        report.append(String.format(Locale.ROOT, "Application start (fresh data dir, initdb + migrations): %.1f s%n",
                startSeconds));
        try {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            String token = app.getBean(ApiTokens.class).issue("benchmark", "api", null, "benchmark").token();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            Call viaHttp = (client, seq) -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/intakes"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json(client, seq)))
                        .build();
                return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 201;
            };
            CaseRegistration registration = app.getBean(CaseRegistration.class);
            Call inProcess = (client, seq) -> registration.register(newCase(client, seq)) != null;

            // The HTTP stack is a lot of code for the JIT; on a busy machine it stays cold for a long time.
            System.out.println("Warming up ...");
            Result warmUp = LoadDriver.run("warm-up", 16, viaHttp, WARM_UP, WARM_UP_REQUESTS);
            report.append(String.format(Locale.ROOT, "Warm-up: %d requests in %.0f s%n", warmUp.requests(),
                    warmUp.seconds()));
            List<Result> results = new ArrayList<>();
            for (int clients : CLIENTS) {
                System.out.println("HTTP, " + clients + " clients ...");
                results.add(LoadDriver.run("REST API (HTTP, bearer token)", clients, viaHttp, PHASE));
            }
            System.out.println("HTTP, 16 clients paced at 500/s ...");
            results.add(LoadDriver.paced("REST API paced at 500/s (latency from the scheduled time)", 16, 500,
                    viaHttp, PHASE));
            System.out.println("In-process registration, 16 threads ...");
            results.add(LoadDriver.run("CaseRegistration in-process (no HTTP)", 16, inProcess, PHASE));

            report.append("\n| what | clients | requests | errors | per second | p50 ms | p95 ms | p99 ms |\n");
            report.append("|---|---|---|---|---|---|---|---|\n");
            results.forEach(r -> report.append(r.row()).append('\n'));

            EmbeddedPostgres pg = app.getBean(EmbeddedPostgres.class);
            report.append('\n').append(LoadDriver.pgbench(pg.getPort(), PHASE).text());
            long cases = app.getBean(JdbcClient.class).sql("SELECT count(*) FROM case_file").query(Long.class).single();
            report.append("\nCases in the database after the run: ").append(cases).append('\n');
        } finally {
            app.close();
        }
        long restartNanos = System.nanoTime();
        start(false).close();
        report.append(String.format(Locale.ROOT, "Application restart on the existing data (same JVM, so classes "
                + "already loaded: a lower bound): %.1f s%n", (System.nanoTime() - restartNanos) / 1e9));
        report.append("Load average at end: ").append(LoadDriver.loadAverage()).append('\n');
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-intake.md"), report.toString());
        System.out.println();
        System.out.println(report);
        System.exit(0);
    }

    /** The demo profile on a durable embedded PostgreSQL (fsync on, as for real use). */
    private static ConfigurableApplicationContext start(boolean clean) {
        return new SpringApplicationBuilder(MeldpuntApplication.class)
                .profiles("demo")
                .run("--meldpunt.embedded-postgres.data-dir=target/pgdata-bench",
                        "--meldpunt.embedded-postgres.clean=" + clean,
                        "--meldpunt.embedded-postgres.durable=true",
                        "--server.port=0",
                        "--logging.level.root=warn",
                        // The per-caller API rate limit (20/s by default) is a policy for one client, not the
                        // capacity being measured: lifted here, as for a bulk-submitting system's token.
                        "--meldpunt.api.rate-limit.capacity=1000000",
                        "--meldpunt.api.rate-limit.per-second=1000000",
                        System.getProperty("bench.app-arg", "--meldpunt.bench=true"));
    }

    static String json(int client, int seq) {
        return """
                {"channel":"API","kind":"COMPLAINT",
                 "reporter":{"type":"CITIZEN","name":"Benchmark Melder %d","email":"melder%d@example.org",
                   "anonymous":false,"contactPreference":"EMAIL","relation":"PATIENT"},
                 "subject":{"providerName":"Zorggroep De Linde %d","kvkNumber":"%d","place":"Utrecht"},
                 "text":"Mijn vader kreeg in het verpleeghuis zijn medicatie niet op tijd; de avonddienst was \
                onderbezet en niemand belde ons terug. Verzoek %d-%d.",
                 "occurredOn":"2026-11-02","sector":"ELDERLY_CARE","urgency":"NORMAL","themes":["MEDICATION"]}
                """.formatted(client, client, provider(client, seq), 90_000_000 + provider(client, seq), client, seq);
    }

    /**
     * Which of 500 providers an intake is about: spread, as real intakes are, so that the benchmark's own tens of
     * thousands of intakes do not make one provider a hundred times larger than the largest real one.
     */
    private static int provider(int client, int seq) {
        return Math.floorMod(client * 7919 + seq, 500);
    }

    private static NewCase newCase(int client, int seq) {
        return new NewCase(Channel.API, "COMPLAINT", "CITIZEN", "ELDERLY_CARE", "NORMAL", List.of("MEDICATION"),
                "Mijn vader kreeg in het verpleeghuis zijn medicatie niet op tijd; de avonddienst was onderbezet en "
                        + "niemand belde ons terug. Verzoek " + client + "-" + seq,
                null, null,
                new NewReporter(false, ReporterRelation.PATIENT, "Benchmark Melder " + client,
                        "melder" + client + "@example.org", null, null, ContactPreference.EMAIL),
                List.of(NewSubject.provider("Zorggroep De Linde " + provider(client, seq), "Utrecht",
                        String.valueOf(90_000_000 + provider(client, seq)))), null, null);
    }
}
