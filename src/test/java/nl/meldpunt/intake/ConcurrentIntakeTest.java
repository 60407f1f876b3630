package nl.meldpunt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.meldpunt.admin.ApiTokens;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reference numbers stay unique and nothing is lost when many systems submit at once. */
class ConcurrentIntakeTest extends IntegrationTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 200;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eight_clients_posting_two_hundred_intakes_each_get_unique_numbers_and_every_case_is_stored()
            throws Exception {
        var api = IntakeApiClient.bearer(baseUrl(), tokens.issue("concurrency", "api", null, "admin").token());
        String run = "conc" + UUID.randomUUID().toString().substring(0, 8);
        List<Future<List<String>>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    List<String> numbers = new ArrayList<>();
                    for (int i = 0; i < PER_THREAD; i++) {
                        var answer = api.postIntake(IntakeApiClient.intake(run + "-" + thread + "-" + i));
                        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                        numbers.add(answer.json().get("caseNumber").asString());
                    }
                    return numbers;
                }));
            }
            List<String> all = new ArrayList<>();
            for (var w : workers) {
                all.addAll(w.get());
            }
            Set<String> unique = new HashSet<>(all);
            assertThat(all).hasSize(THREADS * PER_THREAD);
            assertThat(unique).hasSize(THREADS * PER_THREAD);
            assertThat(all).allMatch(n -> n.matches("MP-\\d{4}-\\d{6}"));

            long stored = jdbc.sql("SELECT count(*) FROM case_file WHERE case_number = ANY(:numbers)"
                            + " AND description LIKE :run")
                    .param("numbers", all.toArray(String[]::new))
                    .param("run", "%" + run + "-%")
                    .query(Long.class).single();
            assertThat(stored).isEqualTo(THREADS * PER_THREAD);
        }
    }
}
