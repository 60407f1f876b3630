package nl.meldpunt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.meldpunt.admin.ApiTokens;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same Idempotency-Key and body give the same case, never a second one, even when the requests race. */
class IdempotencyKeyTest extends IntegrationTest {

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private IntakeApiClient client() {
        return IntakeApiClient.bearer(baseUrl(), tokens.issue("idempotency", "api", null, "admin").token());
    }

    private long casesWithText(String marker) {
        return jdbc.sql("SELECT count(*) FROM case_file WHERE description LIKE :m").param("m", "%" + marker)
                .query(Long.class).single();
    }

    @Test
    void a_retry_with_the_same_key_and_body_returns_the_same_case() {
        String marker = "idem" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        var api = client();

        var first = api.postIntake(IntakeApiClient.intake(marker), key);
        var retry = api.postIntake(IntakeApiClient.intake(marker).replace("\n", " "), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("caseNumber").asString()).isEqualTo(first.json().get("caseNumber").asString());
        assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(retry.json().get("replayed").asBoolean()).isTrue();
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(casesWithText(marker)).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_is_refused_and_registers_nothing() {
        String marker = "idem" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        var api = client();
        assertThat(api.postIntake(IntakeApiClient.intake(marker), key).status()).isEqualTo(201);

        var other = api.postIntake(IntakeApiClient.intake(marker + "-other"), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        assertThat(other.json().get("type").asString()).isEqualTo("https://meldpunt.nl/problems/idempotency-key-reused");
        assertThat(casesWithText(marker + "-other")).isZero();
    }

    @Test
    void keys_belong_to_one_client() {
        String marker = "idem" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        var viaToken = client().postIntake(IntakeApiClient.intake(marker), key);
        var otherClient = IntakeApiClient.basic(baseUrl(), "intake", "intake").postIntake(IntakeApiClient.intake(marker), key);

        assertThat(viaToken.status()).isEqualTo(201);
        assertThat(otherClient.status()).isEqualTo(201);
        assertThat(otherClient.json().get("caseNumber").asString())
                .isNotEqualTo(viaToken.json().get("caseNumber").asString());
    }

    @Test
    void an_invalid_key_is_a_400_naming_the_header() {
        var answer = client().postIntake(IntakeApiClient.intake("x"), "has spaces in it");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void racing_requests_with_the_same_key_create_one_case() throws Exception {
        String marker = "race" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        var api = client();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IntakeApiClient.Answer>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.postIntake(IntakeApiClient.intake(marker), key);
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            int created = 0;
            for (var f : answers) {
                var a = f.get();
                assertThat(a.status()).as(a.body()).isIn(200, 201);
                created += a.status() == 201 ? 1 : 0;
                numbers.add(a.json().get("caseNumber").asString());
            }
            assertThat(numbers).containsOnly(numbers.get(0));
            assertThat(created).isEqualTo(1);
        }
        assertThat(casesWithText(marker)).isEqualTo(1);
    }
}
