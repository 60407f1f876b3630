package nl.meldpunt.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import benchmark (docs/benchmarks.md, "Bulk import") in small: 10,000 generated cases through the real
 * import path. Asserts correctness only; the timing is for the full benchmark.
 */
class ImportSmokeBenchmarkTest extends IntegrationTest {

    @Autowired
    ImportJob job;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ten_thousand_generated_cases_import_completely_with_their_history() throws Exception {
        Path file = ImportFiles.generated(10_000, 9100);

        ImportRun run = job.run(new ImportRequest(file, "import-smoke", 1000, 2, 0, null));

        assertThat(run.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(run.imported()).isEqualTo(10_000);
        assertThat(run.rejected()).isZero();
        var counts = jdbc.sql("""
                SELECT count(DISTINCT c.id) AS cases,
                       count(h.id) AS history,
                       count(h.id) FILTER (WHERE h.action = 'NOTE_ADDED') AS contacts,
                       count(DISTINCT c.case_number) AS numbers
                FROM case_file c JOIN case_history h ON h.case_id = c.id
                WHERE c.external_id LIKE 'G9100-%'""").query().singleRow();
        assertThat(counts.get("cases")).isEqualTo(10_000L);
        assertThat(counts.get("numbers")).isEqualTo(10_000L);
        assertThat((Long) counts.get("contacts")).isBetween(25_000L, 35_000L);
        assertThat((Long) counts.get("history")).isBetween(75_000L, 100_000L);
    }
}
