package nl.meldpunt.accesslog;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.meldpunt.platform.AccessAction;
import nl.meldpunt.platform.AccessLog;
import nl.meldpunt.platform.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the access log off the request thread: callers put a record on a bounded queue (blocking when it is
 * full, so nothing is dropped); one writer thread drains it in batches and appends them to the hash chain in one
 * transaction that locks the chain head (several nodes append in turn). On shutdown the queue is drained before
 * the database closes: the writer stops after the web server (lower lifecycle phase).
 */
@Component
class AccessLogWriter implements AccessLog, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AccessLogWriter.class);
    private static final int BATCH = 500;
    private static final Object STOP = new Object();

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(20_000);
    private volatile Thread writer;

    private record Flush(CountDownLatch done) {}

    AccessLogWriter(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void record(AccessAction action, String caseNumber, String personRef) {
        enqueue(entry(action, caseNumber, personRef));
    }

    @Override
    public void recordResults(Collection<String> caseNumbers) {
        for (String n : new LinkedHashSet<>(caseNumbers)) {
            enqueue(entry(AccessAction.SEARCH_RESULT, n, null));
        }
    }

    /** Waits until everything recorded before this call is in the database (tests, exports, verification). */
    void flush() {
        if (writer == null) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        enqueue(new Flush(done));
        try {
            if (!done.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("access log not flushed within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void enqueue(Object item) {
        if (writer == null) { // not started (or stopped): write in the caller's thread rather than lose it
            if (item instanceof AccessRecord r) {
                append(List.of(r));
            } else if (item instanceof Flush f) {
                f.done().countDown();
            }
            return;
        }
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (item instanceof AccessRecord r) {
                append(List.of(r));
            }
        }
    }

    private AccessRecord entry(AccessAction action, String caseNumber, String personRef) {
        var auth = CurrentUser.authentication();
        String roles = auth.map(a -> a.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(r -> r.startsWith("ROLE_")).map(r -> r.substring(5)).sorted().collect(Collectors.joining(",")))
                .orElse("");
        String client = null;
        String via = auth.isPresent() ? "session" : "anonymous";
        String onBehalf = null;
        String path = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            client = request.getRemoteAddr();
            if (request.getAttribute(VIA_ATTRIBUTE) instanceof String v) {
                via = v;
            } else if (request.getHeader("Authorization") != null) {
                via = "basic";
            }
            onBehalf = request.getHeader("X-On-Behalf-Of");
            path = request.getMethod() + " " + request.getRequestURI();
        }
        return new AccessRecord(0, clock.instant().truncatedTo(ChronoUnit.MICROS),
                AccessRecord.clean(CurrentUser.name(), 100), AccessRecord.clean(roles, 200), action,
                AccessRecord.clean(caseNumber, 20), AccessRecord.clean(personRef, 100),
                AccessRecord.clean(client, 64), via, AccessRecord.clean(onBehalf, 100),
                AccessRecord.clean(path, 300));
    }

    private void run() {
        List<Object> batch = new ArrayList<>(BATCH);
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                stopping = true;
            }
            queue.drainTo(batch, BATCH - batch.size());
            List<AccessRecord> records = new ArrayList<>(batch.size());
            List<Flush> flushes = new ArrayList<>();
            for (Object o : batch) {
                if (o == STOP) {
                    stopping = true;
                } else if (o instanceof Flush f) {
                    flushes.add(f);
                } else {
                    records.add((AccessRecord) o);
                }
            }
            appendWithRetry(records);
            flushes.forEach(f -> f.done().countDown());
            batch.clear();
        }
        // Drain what arrived after STOP, in the stopping thread's view of the queue.
        List<Object> rest = new ArrayList<>();
        queue.drainTo(rest);
        appendWithRetry(rest.stream().filter(AccessRecord.class::isInstance).map(AccessRecord.class::cast).toList());
        rest.stream().filter(Flush.class::isInstance).forEach(f -> ((Flush) f).done().countDown());
    }

    private void appendWithRetry(List<AccessRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        Duration wait = Duration.ofMillis(100);
        for (int attempt = 1; ; attempt++) {
            try {
                append(records);
                return;
            } catch (RuntimeException e) {
                // No personal data in the message: only the count and the exception type.
                log.error("Access log: writing {} records failed (attempt {}): {}", records.size(), attempt,
                        e.getClass().getSimpleName());
                if (attempt >= 50) {
                    throw e;
                }
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
                wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5)
                        : wait.multipliedBy(2);
            }
        }
    }

    /** Appends records to the chain in one transaction, holding the chain head's row lock. */
    void append(List<AccessRecord> records) {
        tx.executeWithoutResult(status -> {
            var head = jdbc.sql("SELECT seq, hash FROM accesslog.chain_head WHERE id = 1 FOR UPDATE")
                    .query((rs, n) -> new Object[] {rs.getLong("seq"), rs.getString("hash")}).single();
            long seq = (Long) head[0];
            String prev = (String) head[1];
            List<Object[]> rows = new ArrayList<>(records.size());
            for (AccessRecord r : records) {
                AccessRecord numbered = r.withSeq(++seq);
                String hash = numbered.hash(prev);
                rows.add(new Object[] {numbered.seq(), Timestamp.from(numbered.occurredAt()), numbered.actor(),
                        numbered.roles(), numbered.action().name(), numbered.caseNumber(), numbered.personRef(),
                        numbered.client(), numbered.via(), numbered.onBehalfOf(), numbered.path(), prev, hash});
                prev = hash;
            }
            jdbcTemplate.batchUpdate("""
                    INSERT INTO accesslog.access_record (seq, occurred_at, actor, roles, action, case_number,
                        person_ref, client, via, on_behalf_of, path, prev_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, rows);
            jdbc.sql("UPDATE accesslog.chain_head SET seq = :seq, hash = :hash WHERE id = 1")
                    .param("seq", seq).param("hash", prev).update();
        });
    }

    @Override
    public void start() {
        Thread t = Thread.ofPlatform().name("access-log-writer").daemon(false).unstarted(this::run);
        writer = t;
        t.start();
    }

    @Override
    public void stop() {
        Thread t = writer;
        if (t == null) {
            return;
        }
        try {
            queue.put(STOP);
            t.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer = null;
        // Anything recorded while stopping is written by the caller itself (see enqueue).
        List<Object> rest = new ArrayList<>();
        queue.drainTo(rest);
        rest.stream().filter(AccessRecord.class::isInstance).map(AccessRecord.class::cast).toList()
                .forEach(r -> append(List.of(r)));
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    /** Stops after the web server (which stops at DEFAULT_PHASE - 2048) and before the database closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
