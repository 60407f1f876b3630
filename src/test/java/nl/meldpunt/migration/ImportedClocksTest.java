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

/** Imported clocks become ordinary clocks (work queues, breach detector); what cannot be taken over is kept. */
class ImportedClocksTest extends IntegrationTest {

    @Autowired
    ImportJob job;

    @Autowired
    JdbcClient jdbc;

    @Test
    void imported_clocks_become_case_clocks_with_their_old_dates_and_what_cannot_be_taken_over_stays_in_staging() throws Exception {
        String id = "CLK-" + System.nanoTime();
        Path file = Files.createTempFile("clocks", ".jsonl");
        Files.writeString(file, """
                {"externalId":"%s","channel":"PHONE","kind":"COMPLAINT","reporterType":"CITIZEN","sector":"MENTAL_HEALTH",\
                "urgency":"HIGH","text":"Klacht over de behandeling in de kliniek.","receivedAt":"2026-10-01T09:15:00+02:00",\
                "status":"IN_PROGRESS","reporter":{"anonymous":true},\
                "clocks":[{"type":"CALLBACK","start":"2026-10-01","due":"2026-10-08","state":"RUNNING"},\
                {"type":"CALLBACK","start":"2026-10-03","due":"2026-10-10","state":"RUNNING"},\
                {"type":"TRIAGE","start":"2026-10-01","due":"2026-10-02","state":"EXPIRED"},\
                {"type":"PROVIDER_COMPLAINT","start":"2026-10-05","due":"2026-11-30","state":"EXTENDED"},\
                {"type":"INSPECTOR_DECISION","start":"2026-10-05","due":"2026-10-20","state":"STOPPED"},\
                {"type":"VIOLENCE_REPORT","start":"2026-10-05","due":"2026-10-20","state":"PAUSED"}]}
                """.formatted(id));

        ImportRun run = job.run(new ImportRequest(file, "import-test", 10, 1, 0, null));

        assertThat(run.state()).isEqualTo(ImportState.COMPLETED);
        long caseId = jdbc.sql("SELECT id FROM case_file WHERE external_id = :id").param("id", id)
                .query(Long.class).single();
        List<Map<String, Object>> clocks = jdbc.sql("""
                SELECT type_code, state, extensions, ended_at IS NOT NULL AS ended, sector, urgency,
                       (due_at AT TIME ZONE 'Europe/Amsterdam')::date AS due_day
                FROM case_clock WHERE case_id = :id ORDER BY type_code""").param("id", caseId).query().listOfRows();
        assertThat(clocks).extracting(c -> c.get("type_code") + ":" + c.get("state"))
                .containsExactly("CALLBACK:RUNNING", "INSPECTOR_DECISION:STOPPED", "PROVIDER_COMPLAINT:RUNNING",
                        "TRIAGE_HIGH:BREACHED");
        // a deadline "on" a day is met before the next day begins, as for clocks started here
        assertThat(clocks.get(0).get("due_day")).hasToString("2026-10-09");
        assertThat(clocks.get(1).get("ended")).isEqualTo(true);
        assertThat(clocks.get(2).get("extensions")).isEqualTo(1);
        assertThat(clocks.get(0).get("sector")).isEqualTo("MENTAL_HEALTH");
        assertThat(clocks.get(0).get("urgency")).isEqualTo("HIGH");
        // an unknown type, and a second open clock of one type on the case, are kept as they came
        assertThat(jdbc.sql("SELECT type || ' ' || started_on FROM import_clock WHERE case_id = :id ORDER BY type")
                .param("id", caseId).query(String.class).list())
                .containsExactly("CALLBACK 2026-10-03", "VIOLENCE_REPORT 2026-10-05");
    }
}
