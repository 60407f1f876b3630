package nl.meldpunt.deadlines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark of the work-queue query (not part of the normal test run: the class name does not end in Test).
 * Generates 1,000,000 cases with two clocks each (2,000,000 clocks, about 300,000 open, ten teams) with SQL
 * {@code generate_series}, then times "overdue and due today for one team" and prints p50/p95/p99 and the plan.
 *
 * <pre>./mvnw -B test -Dtest=WorkQueueBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Results go to {@code target/benchmark-work-queues.txt}; copy them into docs/benchmarks.md ("Work queues").
 */
class WorkQueueBenchmark extends IntegrationTest {

    private static final int CASES = 1_000_000;
    private static final int WARM_UP = 100;
    private static final int RUNS = 1_000;

    @Autowired JdbcClient jdbc;
    @Autowired WorkQueue queue;

    @Test
    void overdue_and_due_today_queue_for_one_team() throws IOException {
        StringBuilder report = new StringBuilder();
        long t0 = System.nanoTime();
        generate();
        report.append("generated in ").append((System.nanoTime() - t0) / 1_000_000_000).append(" s\n");
        report.append(jdbc.sql("""
                SELECT 'cases=' || (SELECT count(*) FROM case_file) || ' clocks=' || count(*)
                    || ' open=' || count(*) FILTER (WHERE state IN ('RUNNING', 'PAUSED', 'BREACHED'))
                    || ' open for TEAM-3=' || count(*) FILTER (WHERE team = 'TEAM-3'
                        AND state IN ('RUNNING', 'PAUSED', 'BREACHED'))
                FROM case_clock
                """).query(String.class).single()).append('\n');

        Instant endOfToday = WorkingDayCalendar.endOf(LocalDate.now(Amsterdam.ZONE));
        QueueFilter overdue = new QueueFilter("TEAM-3", null, null, null, endOfToday);
        QueueFilter overdueSector = new QueueFilter("TEAM-3", null, "MENTAL_HEALTH", "HIGH", endOfToday);
        report.append(measure("team TEAM-3, overdue + due today, first 200", overdue));
        report.append(measure("team TEAM-3, overdue + due today, sector MENTAL_HEALTH, urgency HIGH, first 200",
                overdueSector));
        report.append(measure("team TEAM-3, all open, first 200", new QueueFilter("TEAM-3", null, null, null, null)));

        report.append("\nEXPLAIN (ANALYZE, BUFFERS) of the first query:\n");
        jdbc.sql("""
                EXPLAIN (ANALYZE, BUFFERS)
                SELECT id, case_id, case_number, type_code, party, state, due_at, team, assignee, sector, urgency
                FROM case_clock WHERE state IN ('RUNNING', 'PAUSED', 'BREACHED') AND team = :team
                  AND due_at < :dueBefore ORDER BY due_at, id LIMIT 200
                """)
                .param("team", "TEAM-3")
                .param("dueBefore", java.sql.Timestamp.from(endOfToday))
                .query(String.class).list().forEach(line -> report.append(line).append('\n'));
        System.out.println(report);
        Path out = Path.of("target/benchmark-work-queues.txt");
        Files.writeString(out, report);
    }

    private String measure(String name, QueueFilter filter) {
        for (int i = 0; i < WARM_UP; i++) {
            queue.open(filter, 200);
        }
        List<Long> micros = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            rows = queue.open(filter, 200).size();
            micros.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(micros);
        return "%s: rows=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms (%d runs)%n".formatted(name, rows,
                micros.get(RUNS / 2) / 1000.0, micros.get(RUNS * 95 / 100) / 1000.0,
                micros.get(RUNS * 99 / 100) / 1000.0, micros.get(RUNS - 1) / 1000.0, RUNS);
    }

    /** 1,000,000 cases (numbers MP-199x-…, out of the way of real ones) and two clocks per case. */
    private void generate() {
        jdbc.sql("""
                INSERT INTO case_file (case_number, status, channel, kind, reporter_type, sector, urgency, description,
                    received_at, registered_at, registered_by, assigned_team, search_vector)
                SELECT 'MP-199' || (i % 10) || '-' || lpad(i::text, 7, '0'),
                    CASE WHEN i % 20 < 3 THEN 'IN_PROGRESS' ELSE 'CLOSED' END,
                    (ARRAY['PHONE','WEB_FORM','LETTER'])[1 + i % 3],
                    'COMPLAINT', 'CITIZEN',
                    (ARRAY['MENTAL_HEALTH','HOSPITAL_CARE','ELDERLY_CARE','GENERAL_PRACTICE','YOUTH_CARE'])[1 + (i / 10) % 5],
                    (ARRAY['NORMAL','NORMAL','HIGH','ACUTE'])[1 + (i / 7) % 4],
                    'benchmark', now() - make_interval(days => i % 3650), now() - make_interval(days => i % 3650),
                    'benchmark', 'TEAM-' || (i % 10), ''::tsvector
                FROM generate_series(1, :cases) AS i
                """).param("cases", CASES).update();
        // two clocks per case; 15% of each kind open (300,000 open in all), due from 30 days ago to 60 days ahead
        jdbc.sql("""
                INSERT INTO case_clock (case_id, case_number, type_code, party, unit, calendar, length, max_extension,
                    max_extensions, started_at, due_at, state, paused_at, ended_at, team, sector, urgency)
                SELECT c.id, c.case_number, k.type, 'US', 'WORKING_DAYS', 'OFFICE', 'P5D', NULL, 0,
                    c.received_at, d.due, s.state,
                    CASE WHEN s.state = 'PAUSED' THEN c.received_at END,
                    CASE WHEN s.state = 'COMPLETED' THEN c.received_at + interval '3 days' END,
                    c.assigned_team, c.sector, c.urgency
                FROM case_file c
                CROSS JOIN (VALUES (1, 'TRIAGE_NORMAL'), (2, 'CALLBACK')) AS k(n, type)
                CROSS JOIN LATERAL (SELECT (hashint8(c.id * 2 + k.n) & 1023) < 154 AS open) o
                CROSS JOIN LATERAL (SELECT CASE WHEN o.open
                        THEN now() + make_interval(mins => ((c.id * 7919 + k.n) % 129600)::int - 43200)
                        ELSE c.received_at + interval '7 days' END AS due) d
                CROSS JOIN LATERAL (SELECT CASE WHEN NOT o.open THEN 'COMPLETED'
                        WHEN d.due <= now() THEN 'BREACHED'
                        WHEN c.id % 17 = 0 THEN 'PAUSED' ELSE 'RUNNING' END AS state) s
                WHERE c.case_number LIKE 'MP-199%'
                """).update();
        jdbc.sql("ANALYZE case_file").update();
        jdbc.sql("ANALYZE case_clock").update();
    }
}
