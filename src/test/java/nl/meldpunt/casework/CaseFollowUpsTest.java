package nl.meldpunt.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class CaseFollowUpsTest extends IntegrationTest {

    @Autowired CaseRegistration registration;
    @Autowired CaseFollowUps followUps;
    @Autowired FollowUpFaults faults;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long register(String text) {
        return registration.register(new NewCase(Channel.PHONE, "QUESTION", "CITIZEN", null, null, List.of(), text,
                null, null, NewReporter.anonymousReporter(ReporterRelation.OTHER), List.of(), List.of(), null)).id();
    }

    private boolean queued(long caseId) {
        return jdbc.sql("SELECT count(*) FROM case_follow_up WHERE case_id = :id").param("id", caseId)
                .query(Integer.class).single() > 0;
    }

    @Test
    void every_registered_case_is_announced_once_after_commit_and_leaves_the_queue() throws Exception {
        long id = transactions.execute(status -> {
            long registered = register("Vraag over een wachtlijst.");
            assertThat(queued(registered)).as("queued in the registering transaction").isTrue();
            assertThat(faults.announced).as("not announced before commit").doesNotContainKey(registered);
            return registered;
        });
        await(() -> faults.announced.containsKey(id) && !queued(id));
        followUps.drain();
        assertThat(faults.announced).as("announced exactly once, also after another drain").containsEntry(id, 1);
    }

    @Test
    void a_failing_follow_up_is_retried_later_and_does_not_hold_up_other_cases() throws Exception {
        long[] ids = transactions.execute(status -> {
            long failing = register("Vraag die eerst misgaat.");
            faults.failuresLeft.put(failing, 2); // fails its batch, then once more on its own
            long fine = register("Vraag die gewoon goed gaat.");
            return new long[] {failing, fine};
        });
        await(() -> faults.announced.containsKey(ids[1]));
        await(() -> attempts(ids[0]) == 1);
        assertThat(faults.announced).doesNotContainKey(ids[0]);

        clock.fixAt(clock.instant().plus(Duration.ofHours(2)));
        followUps.drain();
        assertThat(faults.announced).containsEntry(ids[0], 1).containsEntry(ids[1], 1);
        assertThat(queued(ids[0])).isFalse();
    }

    private int attempts(long caseId) {
        return jdbc.sql("SELECT coalesce(max(attempts), -1) FROM case_follow_up WHERE case_id = :id")
                .param("id", caseId).query(Integer.class).single();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not reached in 30 s").isLessThan(deadline);
            Thread.onSpinWait();
            Thread.sleep(50);
        }
    }
}
