package nl.meldpunt.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces every newly registered case ({@link CaseRegistered}) once, after the intake was acknowledged, from one
 * worker thread that drains the {@code case_follow_up} queue in batches. The listeners (clock rules, triage) run
 * synchronously inside the batch's transaction: a batch is all or nothing, and a failing batch is retried case by
 * case so one bad case cannot hold up the rest (it is retried later, each time after a longer wait).
 *
 * <p>Why not an event per intake: publishing in the registering transaction cost three event-publication rows and
 * three transactions per intake, competing with the acknowledgements themselves; a queue row is one insert in the
 * same statement as the case, and the work afterwards is batched. The worker is woken after each registering commit
 * and also polls, so queued work left by a crash or by another node is picked up; {@code FOR UPDATE SKIP LOCKED}
 * lets several nodes drain the same queue without doing a case twice.
 */
@Component
class CaseFollowUps implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CaseFollowUps.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int batchSize;
    private final Duration pollInterval;
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    CaseFollowUps(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
            @Value("${meldpunt.follow-up.batch-size:100}") int batchSize,
            @Value("${meldpunt.follow-up.poll-interval:PT5S}") Duration pollInterval) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
    }

    /** Wakes the worker when the current transaction commits (at once when there is none). */
    void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.release();
                }
            });
        } else {
            signal.release();
        }
    }

    /** Drains the queue until nothing is due; returns how many cases were announced. */
    int drain() {
        int total = 0;
        int done;
        do {
            done = drainBatch();
            total += Math.max(done, 0);
        } while (done != 0 && running);
        return total;
    }

    /** One batch: the number of cases announced, 0 when nothing was due, -1 when the batch had to be split. */
    private int drainBatch() {
        try {
            Integer announced = transactions.execute(status -> announce(take(batchSize)));
            return announced == null ? 0 : announced;
        } catch (RuntimeException batchFailed) {
            log.warn("Follow-up batch failed, retrying its cases one by one: {}", batchFailed.toString());
            return retryOneByOne() > 0 ? -1 : 0;
        }
    }

    private int retryOneByOne() {
        List<Long> due = jdbc.sql("""
                SELECT case_id FROM case_follow_up WHERE not_before <= :now ORDER BY case_id LIMIT :limit
                """).param("now", Timestamp.from(clock.instant())).param("limit", batchSize).query(Long.class).list();
        int ok = 0;
        for (long caseId : due) {
            try {
                transactions.executeWithoutResult(status -> announce(takeOne(caseId)));
                ok++;
            } catch (RuntimeException failed) {
                log.warn("Follow-up of case id {} failed; retried later: {}", caseId, failed.toString());
                postpone(caseId);
            }
        }
        return ok;
    }

    private List<Long> take(int limit) {
        return jdbc.sql("""
                DELETE FROM case_follow_up WHERE case_id IN (
                  SELECT case_id FROM case_follow_up WHERE not_before <= :now
                  ORDER BY case_id LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING case_id
                """).param("now", Timestamp.from(clock.instant())).param("limit", limit).query(Long.class).list();
    }

    private List<Long> takeOne(long caseId) {
        return jdbc.sql("""
                DELETE FROM case_follow_up WHERE case_id IN (
                  SELECT case_id FROM case_follow_up WHERE case_id = :id FOR UPDATE SKIP LOCKED)
                RETURNING case_id
                """).param("id", caseId).query(Long.class).list();
    }

    private void postpone(long caseId) {
        jdbc.sql("""
                UPDATE case_follow_up SET attempts = attempts + 1,
                  not_before = CAST(:now AS timestamptz) + make_interval(secs => least(3600, 10 * power(2, attempts)))
                WHERE case_id = :id
                """).param("now", Timestamp.from(clock.instant())).param("id", caseId).update();
    }

    private int announce(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return 0;
        }
        List<CaseRegistered> registered = jdbc.sql("""
                SELECT f.id, f.case_number, f.channel, f.kind, f.reporter_type, f.urgency, f.received_at,
                       r.contact_preference,
                       (SELECT count(*) FROM case_attachment a WHERE a.case_id = f.id) AS attachments
                FROM case_file f LEFT JOIN case_reporter r ON r.case_id = f.id
                WHERE f.id = ANY(:ids) ORDER BY f.id
                """)
                .param("ids", caseIds.toArray(Long[]::new))
                .query((rs, n) -> new CaseRegistered(rs.getLong("id"), rs.getString("case_number"),
                        Channel.valueOf(rs.getString("channel")), rs.getString("kind"), rs.getString("reporter_type"),
                        rs.getString("urgency"), rs.getTimestamp("received_at").toInstant(),
                        rs.getString("contact_preference") != null
                                && ContactPreference.valueOf(rs.getString("contact_preference")).wantsContact(),
                        rs.getInt("attachments")))
                .list();
        registered.forEach(events::publishEvent);
        return registered.size();
    }

    private void run() {
        while (running) {
            try {
                drain();
                signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Follow-up worker: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("case-follow-up").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        signal.release();
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Start after the database and the listeners, stop before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
