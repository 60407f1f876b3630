package nl.meldpunt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.meldpunt.migration.ImportForBenchmarks;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The benchmark suite ({@link BenchmarkSuite}, docs/benchmarks.md) in small, so that it keeps working: 2,000
 * generated cases through the real import, then every HTTP phase for about a second against the test application,
 * pgbench at scale 1, the heap after a full GC, and the results page. Asserts that every phase produced answers
 * and no errors; no timing is asserted.
 */
class BenchmarkSuiteSmokeTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void every_benchmark_phase_answers_without_errors_and_the_results_page_is_written() throws Exception {
        Path file = Files.createTempDirectory("bench-smoke").resolve("cases.jsonl");
        List<String> facts = new ArrayList<>();
        facts.add(BenchmarkSuite.generate(file, 2_000, 2, 4242, YearMonth.of(2026, 10)));
        assertThat(ImportForBenchmarks.importFile(context, file)).isEqualTo(2_000);

        BenchPhases.Settings settings = new BenchPhases.Settings(Duration.ofSeconds(1), Duration.ofSeconds(1), 50,
                new int[] {1, 4}, 30, 5, 2, Duration.ofSeconds(30), 2025);
        List<BenchPhases.Row> rows = new BenchPhases(new BenchHttp(baseUrl()), settings, dataSource).runAll();
        LoadDriver.Pgbench pgbench = LoadDriver.pgbench(postgres.getPort(), Duration.ofSeconds(1), 1);
        String heap = BenchmarkSuite.heapAfterFullGc(ProcessHandle.current().pid());
        String report = BenchmarkSuite.report(2_000, LoadDriver.loadAverage(), LoadDriver.loadAverage(), facts, rows);
        System.out.println(report);

        assertThat(rows).extracting(BenchPhases.Row::what).anyMatch(w -> w.startsWith("Intake"))
                .anyMatch(w -> w.startsWith("Case page GET")).anyMatch(w -> w.startsWith("Work queue"))
                .anyMatch(w -> w.startsWith("Full-text search")).anyMatch(w -> w.startsWith("Klachtbeeld"))
                .anyMatch(w -> w.startsWith("Daily signal")).anyMatch(w -> w.startsWith("Weekly trends"))
                .anyMatch(w -> w.startsWith("Provider profile")).anyMatch(w -> w.startsWith("Dashboard"))
                .anyMatch(w -> w.startsWith("Triage"));
        assertThat(rows).filteredOn(r -> r.what().startsWith("Follow-ups")).singleElement()
                .extracting(BenchPhases.Row::note).asString().contains("all done");
        assertThat(rows).filteredOn(r -> !r.what().contains("access log off") && !r.what().startsWith("Follow-ups"))
                .allSatisfy(r -> {
            assertThat(r.result()).as(r.what() + " " + r.note()).isNotNull();
            assertThat(r.result().requests()).as(r.what()).isPositive();
            assertThat(r.result().errors()).as(r.what()).isZero();
        });
        assertThat(rows).filteredOn(r -> r.what().startsWith("Case page GET")).singleElement()
                .extracting(BenchPhases.Row::note).asString().contains("2 attachments", "5 contacts");
        assertThat(pgbench.tps()).isPositive();
        assertThat(heap).contains("MB** used");
        assertThat(report).contains("| Intake POST /api/v1/intakes (closed loop, as fast as it answers) | 4 |",
                "| Intake POST /api/v1/intakes (paced: 16 clients, 500/s) | 16 |", "Load average at start");
    }
}
