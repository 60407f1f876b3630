package nl.meldpunt.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.meldpunt.casework.BulkLoadIndexes;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class BulkImportInitialLoadTest extends IntegrationTest {

    @Autowired
    ImportJob job;

    @Autowired
    BulkLoadIndexes indexes;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void indexesAreBack() {
        indexes.rebuild(1); // whatever a test left, the next test class sees every index
    }

    private ImportRun initialLoad(Path file, int stopAfterBatches) throws Exception {
        return job.run(new ImportRequest(file, "import-test", 100, 2, stopAfterBatches, null, true));
    }

    private List<String> presentDeferredIndexes() {
        return jdbc.sql("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ANY(:n)")
                .param("n", BulkLoadIndexes.DEFERRED.toArray(String[]::new)).query(String.class).list();
    }

    private long cases(String prefix) {
        return jdbc.sql("SELECT count(*) FROM case_file WHERE external_id LIKE :p").param("p", prefix + "%")
                .query(Long.class).single();
    }

    @Test
    void an_initial_load_builds_the_secondary_indexes_at_the_end_and_its_cases_are_found() throws Exception {
        Path file = ImportFiles.generated(300, 9201);

        ImportRun run = initialLoad(file, 0);

        assertThat(run.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(run.imported()).isEqualTo(300);
        assertThat(cases("G9201-")).isEqualTo(300);
        assertThat(indexes.pending()).isFalse();
        assertThat(presentDeferredIndexes()).containsExactlyInAnyOrderElementsOf(BulkLoadIndexes.DEFERRED);
        // every child row belongs to a stored case although the foreign-key triggers were skipped
        assertThat(jdbc.sql("""
                SELECT count(*) FROM case_history h JOIN case_file c ON c.id = h.case_id
                WHERE c.external_id LIKE 'G9201-%'""").query(Long.class).single()).isGreaterThanOrEqualTo(300);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM case_file c JOIN case_subject s ON s.case_id = c.id
                WHERE c.external_id LIKE 'G9201-%' AND s.type = 'PROVIDER'
                  AND c.search_vector @@ plainto_tsquery('dutch', unaccent(s.name))""").query(Long.class).single())
                .isEqualTo(jdbc.sql("""
                        SELECT count(*) FROM case_file c JOIN case_subject s ON s.case_id = c.id
                        WHERE c.external_id LIKE 'G9201-%' AND s.type = 'PROVIDER'""").query(Long.class).single());
    }

    @Test
    void a_killed_initial_load_keeps_the_index_definitions_and_the_rerun_finishes_them() throws Exception {
        Path file = ImportFiles.generated(400, 9202);

        ImportRun killed = initialLoad(file, 1);

        assertThat(killed.state()).isEqualTo(ImportState.RUNNING);
        assertThat(indexes.pending()).isTrue();
        assertThat(presentDeferredIndexes()).doesNotContain("case_reporter_name_trgm_idx");

        ImportRun resumed = job.run(new ImportRequest(file, "import-test", 100, 2, 0, null));

        assertThat(resumed.id()).isEqualTo(killed.id());
        assertThat(resumed.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(cases("G9202-")).isEqualTo(400);
        assertThat(indexes.pending()).isFalse();
        assertThat(presentDeferredIndexes()).containsExactlyInAnyOrderElementsOf(BulkLoadIndexes.DEFERRED);
    }
}
