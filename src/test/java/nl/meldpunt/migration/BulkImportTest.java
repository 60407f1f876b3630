package nl.meldpunt.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class BulkImportTest extends IntegrationTest {

    @Autowired
    ImportJob job;

    @Autowired
    ImportRuns runs;

    @Autowired
    JdbcClient jdbc;

    private ImportRun importFile(Path file, int batchSize) throws Exception {
        return job.run(new ImportRequest(file, "import-test", batchSize, 2, 0, null));
    }

    private long casesWithPrefix(String prefix) {
        return jdbc.sql("SELECT count(*) FROM case_file WHERE external_id LIKE :p").param("p", prefix + "%")
                .query(Long.class).single();
    }

    @Test
    void a_generated_file_is_imported_with_reporter_subjects_history_and_clocks() throws Exception {
        Path file = ImportFiles.generated(500, 9001);

        ImportRun run = importFile(file, 100);

        assertThat(run.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(run.imported()).isEqualTo(500);
        assertThat(run.rejected()).isZero();
        assertThat(casesWithPrefix("G9001-")).isEqualTo(500);

        JsonNode first = RecordSource.JSON.readTree(Files.readAllLines(file).get(0));
        Map<String, Object> kase = jdbc.sql("""
                SELECT c.id, c.case_number, c.status, c.channel, c.sector, c.kind, c.received_at, c.registered_by,
                       c.description, r.name, r.anonymous, s.kvk_number, s.name AS provider,
                       c.search_vector @@ plainto_tsquery('dutch', unaccent(s.name)) AS findable
                FROM case_file c JOIN case_reporter r ON r.case_id = c.id JOIN case_subject s ON s.case_id = c.id
                WHERE c.external_id = :id""").param("id", first.get("externalId").asString()).query().singleRow();
        assertThat((String) kase.get("case_number")).matches("MP-\\d{4}-\\d{6,}");
        assertThat(kase.get("status")).isEqualTo(first.get("status").asString());
        assertThat(kase.get("channel")).isEqualTo(first.get("channel").asString());
        assertThat(kase.get("sector")).isEqualTo(first.get("sector").asString());
        assertThat(kase.get("description")).isEqualTo(first.get("text").asString());
        assertThat(kase.get("registered_by")).isEqualTo("import-test");
        assertThat(kase.get("kvk_number")).isEqualTo(first.at("/subjects/0/kvkNumber").asString());
        assertThat(kase.get("findable")).isEqualTo(true);
        assertThat(((java.sql.Timestamp) kase.get("received_at")).toInstant().toString())
                .isEqualTo(first.get("receivedAt").asString());
        if (!first.at("/reporter/anonymous").asBoolean()) {
            assertThat(kase.get("name")).isEqualTo(first.at("/reporter/name").asString());
        }
        long caseId = (Long) kase.get("id");
        List<String> actions = jdbc.sql("SELECT action FROM case_history WHERE case_id = :id ORDER BY occurred_at, id")
                .param("id", caseId).query(String.class).list();
        assertThat(actions.get(0)).isEqualTo("REGISTERED");
        assertThat(actions).filteredOn("STATUS_CHANGED"::equals).hasSize(first.get("statusHistory").size());
        assertThat(actions).filteredOn("NOTE_ADDED"::equals).hasSize(first.get("contacts").size());
        assertThat(jdbc.sql("""
                SELECT (SELECT count(*) FROM case_clock WHERE case_id = :id)
                     + (SELECT count(*) FROM import_clock WHERE case_id = :id)""").param("id", caseId)
                .query(Long.class).single()).isEqualTo(first.get("clocks").size());
        if (first.has("closure")) {
            assertThat(jdbc.sql("""
                    SELECT details->>'outcome' FROM case_history WHERE case_id = :id AND details->>'to' = 'CLOSED'""")
                    .param("id", caseId).query(String.class).single())
                    .isEqualTo(first.at("/closure/outcome").asString());
        }
    }

    @Test
    void importing_the_same_file_twice_creates_no_duplicates() throws Exception {
        Path file = ImportFiles.generated(300, 9002);
        importFile(file, 100);

        ImportRun again = importFile(file, 100);

        assertThat(again.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(again.imported()).isZero();
        assertThat(again.skipped()).isEqualTo(300);
        assertThat(casesWithPrefix("G9002-")).isEqualTo(300);
    }

    @Test
    void invalid_records_go_to_the_rejection_report_and_valid_ones_are_imported() throws Exception {
        String valid = """
                {"externalId":"REJ-%s","channel":"PHONE","kind":"COMPLAINT","sector":"MENTAL_HEALTH","text":"Klacht over de zorg.","receivedAt":"2020-03-04T10:15:00+01:00","caseNumber":"MP-2020-%s"}""";
        String file = String.join("\n",
                valid.formatted("1", "900001"),
                "{\"externalId\":\"REJ-2\",\"channel\":\"PHONE\",\"sector\":\"NO_SUCH_SECTOR\",\"text\":\"x\",\"receivedAt\":\"2020-03-04T10:15:00Z\"}",
                "{\"externalId\":\"REJ-3\",\"channel\":\"PHONE\",\"text\":\"x\",\"receivedAt\":\"4 maart 2020\"}",
                "{\"channel\":\"PHONE\",\"text\":\"x\",\"receivedAt\":\"2020-03-04T10:15:00Z\"}",
                "{\"externalId\":\"REJ-5\",\"channel\":\"PHONE\",\"text\":",
                valid.formatted("6", "900002"),
                "") ;
        ImportRun run = importFile(ImportFiles.written("mixed.jsonl", file), 10);

        assertThat(run.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(run.imported()).isEqualTo(2);
        assertThat(run.rejected()).isEqualTo(4);
        assertThat(runs.rejections(run.id())).extracting(Rejection::line, Rejection::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "sector"),
                org.assertj.core.groups.Tuple.tuple(3L, "receivedAt"),
                org.assertj.core.groups.Tuple.tuple(4L, "externalId"),
                org.assertj.core.groups.Tuple.tuple(5L, "(record)"));
        assertThat(jdbc.sql("SELECT case_number FROM case_file WHERE external_id = 'REJ-1'").query(String.class)
                .single()).isEqualTo("MP-2020-900001");
    }

    @Test
    void a_crashed_import_resumes_after_the_last_committed_batch_without_duplicates() throws Exception {
        Path file = ImportFiles.generated(500, 9004);
        ImportRun crashed = job.run(new ImportRequest(file, "import-test", 100, 2, 2, null));
        assertThat(crashed.state()).isEqualTo(ImportState.RUNNING);
        assertThat(crashed.imported()).isBetween(200L, 300L);
        assertThat(casesWithPrefix("G9004-")).isEqualTo(crashed.imported());
        assertThat(crashed.lastLine()).isLessThanOrEqualTo(crashed.imported());

        ImportRun resumed = importFile(file, 100);

        assertThat(resumed.id()).isEqualTo(crashed.id());
        assertThat(resumed.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(resumed.imported()).isEqualTo(500);
        assertThat(casesWithPrefix("G9004-")).isEqualTo(500);
    }

    @Test
    void a_cancelled_import_stops_after_its_batch_and_resumes_later() throws Exception {
        Path file = ImportFiles.generated(600, 9005);
        ImportRun cancelled = job.run(new ImportRequest(file, "import-test", 100, 2, 0,
                progress -> runs.requestCancel(progress.runId())));
        assertThat(cancelled.state()).isEqualTo(ImportState.CANCELLED);
        assertThat(cancelled.imported()).isLessThan(600);

        ImportRun resumed = importFile(file, 100);

        assertThat(resumed.id()).isEqualTo(cancelled.id());
        assertThat(resumed.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(casesWithPrefix("G9005-")).isEqualTo(600);
    }

    @Test
    void a_csv_file_with_quoted_fields_and_json_columns_is_imported() throws Exception {
        String csv = """
                externalId,channel,kind,sector,themes,text,receivedAt,status,reporter.anonymous,reporter.name,subjects,statusHistory,closure.closedAt,closure.outcome
                CSV-1,LETTER,COMPLAINT,ELDERLY_CARE,ATTITUDE;COMMUNICATION,"Brief over het verpleeghuis, met ""citaat""
                en een tweede regel.",2019-05-06T09:00:00Z,CLOSED,false,Anna Jansen,"[{""type"":""PROVIDER"",""name"":""Zorggroep De Linde"",""kvkNumber"":""12345678""}]","[{""at"":""2019-05-07T09:00:00Z"",""from"":""RECEIVED"",""to"":""CLOSED""}]",2019-05-07T09:00:00Z,ADVISED
                CSV-2,PHONE,QUESTION,,,Vraag over een tandarts.,2019-05-08T09:00:00Z,,true,,,,,
                CSV-3,PHONE,QUESTION,,,Onbekende status.,2019-05-08T09:00:00Z,SLEEPING,true,,,,,
                """;
        ImportRun run = importFile(ImportFiles.written("cases.csv", csv), 10);

        assertThat(run.imported()).isEqualTo(2);
        assertThat(runs.rejections(run.id())).extracting(Rejection::line, Rejection::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "status"));
        Map<String, Object> kase = jdbc.sql("""
                SELECT c.description, c.themes::text AS themes, s.name, h.details->>'outcome' AS outcome
                FROM case_file c JOIN case_subject s ON s.case_id = c.id
                JOIN case_history h ON h.case_id = c.id AND h.action = 'STATUS_CHANGED'
                WHERE c.external_id = 'CSV-1'""").query().singleRow();
        assertThat(kase.get("description")).isEqualTo("Brief over het verpleeghuis, met \"citaat\"\nen een tweede regel.");
        assertThat(kase.get("themes")).isEqualTo("{ATTITUDE,COMMUNICATION}");
        assertThat(kase.get("name")).isEqualTo("Zorggroep De Linde");
        assertThat(kase.get("outcome")).isEqualTo("ADVISED");
    }
}
