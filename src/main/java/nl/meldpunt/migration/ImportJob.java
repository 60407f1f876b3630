package nl.meldpunt.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.meldpunt.casework.BulkCaseWriter;
import nl.meldpunt.casework.BulkLoadIndexes;
import nl.meldpunt.casework.BulkWriteOutcome;
import nl.meldpunt.casework.ImportedCase;
import nl.meldpunt.casework.PreparedBatch;
import nl.meldpunt.deadlines.ImportedClocks;
import nl.meldpunt.deadlines.ImportedClocks.ImportedClock;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import: one thread reads, validates and encodes the next batch while this thread writes the previous
 * one. Each batch (its cases, rejections, clocks and the run's checkpoint) is one transaction, so a crash loses
 * nothing committed and a rerun of the same file continues after the last committed line. Only one run per file
 * at a time (a PostgreSQL advisory lock on the file's checksum).
 */
@Component
class ImportJob {

    private static final Logger log = LoggerFactory.getLogger(ImportJob.class);
    private static final int LOCK_CLASS = 7077;

    private final ImportRuns runs;
    private final RecordValidator validator;
    private final BulkCaseWriter writer;
    private final ImportedClocks importedClocks;
    private final BulkLoadIndexes indexes;
    private final TransactionTemplate tx;
    private final DataSource dataSource;
    private final Clock clock;
    private final Map<Long, ImportProgress> live = new ConcurrentHashMap<>();

    ImportJob(ImportRuns runs, RecordValidator validator, BulkCaseWriter writer, ImportedClocks importedClocks,
            BulkLoadIndexes indexes, TransactionTemplate tx, DataSource dataSource, Clock clock) {
        this.runs = runs;
        this.indexes = indexes;
        this.importedClocks = importedClocks;
        this.validator = validator;
        this.writer = writer;
        this.tx = tx;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Progress of a run going on in this application instance. */
    Optional<ImportProgress> live(long runId) {
        return Optional.ofNullable(live.get(runId));
    }

    ImportRun run(ImportRequest request) throws IOException {
        Path file = request.file().toAbsolutePath().normalize();
        long size = Files.size(file);
        String checksum = sha256(file);
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock, checksum)) {
                throw new ImportAlreadyRunning();
            }
            Instant now = clock.instant();
            RecordSource.Format format = RecordSource.formatOf(file);
            Optional<ImportRun> earlier = runs.resumable(checksum);
            long runId;
            if (earlier.isPresent()) {
                runId = earlier.get().id();
                runs.resume(runId, file.toString(), now);
                log.info("Resuming import run {} after line {}", runId, earlier.get().lastLine());
            } else {
                runId = runs.start(file.toString(), checksum, size, format, request.actor(), now);
                log.info("Import run {} started ({} bytes, {})", runId, size, format);
            }
            ImportRun start = runs.find(runId).orElseThrow();
            if (request.initialLoad()) {
                long stored = indexes.storedCases();
                int dropped = indexes.defer();
                log.info("Initial load into a database with {} cases: {} secondary indexes are built at the end",
                        stored, dropped);
            }
            // also after a killed initial load: its indexes are still missing, so this run loads the same way
            boolean bulk = indexes.pending();
            try {
                ImportRun done = execute(request, start, file, format, bulk);
                if (bulk && done.state() != ImportState.RUNNING) {
                    long t0 = System.nanoTime();
                    int built = indexes.rebuild(Math.max(1, Math.min(2, request.writers())));
                    log.info("Built {} deferred indexes in {} s", built, (System.nanoTime() - t0) / 1_000_000_000);
                }
                return done;
            } finally {
                live.remove(runId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Import could not take its lock", e);
        }
    }

    private ImportRun execute(ImportRequest request, ImportRun start, Path file, RecordSource.Format format,
            boolean bulk) {
        long runId = start.id();
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(request.writers() + 1);
        Reader reader = new Reader(request, start, file, format, queue);
        Thread thread = Thread.ofPlatform().name("import-reader-" + runId).daemon().start(reader);
        Session session = new Session(request, start, clock.instant(), bulk);
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < request.writers(); i++) {
            helpers.add(Thread.ofPlatform().name("import-writer-" + runId + "-" + i).daemon()
                    .start(() -> writeLoop(session, queue)));
        }
        writeLoop(session, queue);
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        reader.stop();
        thread.interrupt();
        if (session.crashed) {
            log.warn("Import run {} stopped by the test hook after {} batches", runId, session.batches);
            return runs.find(runId).orElseThrow();
        }
        ImportState end = session.failure != null ? ImportState.FAILED
                : session.cancelled ? ImportState.CANCELLED : ImportState.COMPLETED;
        if (session.failure != null) {
            log.error("Import run {} failed; rerun the same file to resume", runId, session.failure);
        }
        String failure = session.failure == null ? null : session.failure.getClass().getSimpleName()
                + (session.failure.getCause() == null ? "" : " / " + session.failure.getCause().getClass().getSimpleName());
        runs.finish(runId, end, failure, clock.instant());
        ImportRun done = runs.find(runId).orElseThrow();
        request.listener().accept(new ImportProgress(runId, end, done.lastLine(), done.imported(), done.skipped(),
                done.rejected(), done.lastOffset(), done.fileSize(), Duration.between(session.began, clock.instant()),
                rate(session.records, session.began), Duration.ZERO));
        log.info("Import run {} {}: {} imported, {} skipped, {} rejected; {} s in write transactions", runId, end,
                done.imported(), done.skipped(), done.rejected(), session.writeNanos / 1_000_000_000);
        return done;
    }

    /** Takes batches and writes them until the file ends, a cancel or failure stops the run. */
    private void writeLoop(Session session, BlockingQueue<Object> queue) {
        while (!session.stopped()) {
            Object next;
            try {
                next = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (next == null) {
                continue;
            }
            if (next instanceof Throwable t) {
                session.fail(new IllegalStateException("Reading the import file failed", t));
                return;
            }
            if (next == Reader.END) {
                queue.offer(Reader.END);
                return;
            }
            Batch batch = (Batch) next;
            try {
                long t0 = System.nanoTime();
                long[] checkpoint = session.checkpointFor(batch);
                Written written = tx.execute(status -> write(session.runId, batch, checkpoint, session.bulk));
                session.committed(batch, written, System.nanoTime() - t0);
            } catch (RuntimeException e) {
                session.fail(e);
                return;
            }
        }
    }

    /** The shared state of the writers of one run: counts, the contiguous checkpoint, stop reasons. */
    private final class Session {
        final long runId;
        final ImportRequest request;
        final ImportRun start;
        final Instant began;
        final boolean bulk;
        long imported;
        long skipped;
        long rejected;
        long records;
        long writeNanos;
        int batches;
        long nextToCommit = 1;
        long committedLine;
        long committedOffset;
        final Map<Long, long[]> waiting = new java.util.HashMap<>();
        volatile boolean cancelled;
        volatile boolean crashed;
        volatile RuntimeException failure;

        Session(ImportRequest request, ImportRun start, Instant began, boolean bulk) {
            this.runId = start.id();
            this.bulk = bulk;
            this.request = request;
            this.start = start;
            this.began = began;
            this.imported = start.imported();
            this.skipped = start.skipped();
            this.rejected = start.rejected();
            this.committedLine = start.lastLine();
            this.committedOffset = start.lastOffset();
        }

        boolean stopped() {
            return cancelled || crashed || failure != null;
        }

        void fail(RuntimeException e) {
            if (failure == null) {
                failure = e;
            }
        }

        /** The checkpoint a batch may record: its own end only when every earlier batch has committed. */
        synchronized long[] checkpointFor(Batch batch) {
            return batch.seq() == nextToCommit ? new long[] {batch.lastLine(), batch.offset()}
                    : new long[] {committedLine, committedOffset};
        }

        synchronized void committed(Batch batch, Written written, long nanos) {
            waiting.put(batch.seq(), new long[] {batch.lastLine(), batch.offset()});
            while (waiting.containsKey(nextToCommit)) {
                long[] end = waiting.remove(nextToCommit++);
                committedLine = end[0];
                committedOffset = end[1];
            }
            imported += written.outcome().written().size();
            skipped += written.outcome().skipped().size();
            rejected += batch.rejectedLines();
            records += batch.records();
            writeNanos += nanos;
            batches++;
            ImportProgress progress = progress(runId, ImportState.RUNNING, committedLine, committedOffset, imported,
                    skipped, rejected, start.fileSize(), began, records, start.lastOffset());
            live.put(runId, progress);
            request.listener().accept(progress);
            if (written.cancel()) {
                cancelled = true;
            }
            if (request.stopAfterBatches() > 0 && batches >= request.stopAfterBatches()) {
                crashed = true;
            }
        }
    }

    /** Result of {@link #measureCeiling}: cases copied and the time the database spent in COPY. */
    record Ceiling(long cases, long rows, Duration copyTime) {
        double rate() {
            return cases * 1e9 / Math.max(1, copyTime.toNanos());
        }
    }

    /**
     * Benchmark: the same rows the import would write, COPYed into unlogged scratch tables without indexes,
     * constraints or text analysis; only the COPY time counts. Run it before the import (it prepares batches,
     * which leave out cases already stored).
     */
    Ceiling measureCeiling(Path file, int batchSize, long limit) throws IOException {
        RecordSource.Format format = RecordSource.formatOf(file);
        long cases = 0;
        long bytes = 0;
        Duration copy = Duration.ZERO;
        try (RecordSource source = new RecordSource(file, format, 0, 0)) {
            boolean more = true;
            while (more && cases < limit) {
                List<RecordSource.Raw> raws = new ArrayList<>(batchSize);
                while (raws.size() < batchSize) {
                    RecordSource.Raw raw = source.nextRaw();
                    if (raw == null) {
                        more = false;
                        break;
                    }
                    raws.add(raw);
                }
                List<ImportedCase> valid = raws.parallelStream().map(source::parse)
                        .filter(item -> item.record() != null)
                        .map(item -> validator.validate(item.line(), item.record(), new ArrayList<>()))
                        .filter(java.util.Objects::nonNull).map(ValidRecord::kase).toList();
                PreparedBatch prepared = writer.prepare(valid, "bench");
                Duration d = tx.execute(status -> writer.copyToScratch(prepared));
                copy = copy.plus(d);
                cases += prepared.size();
            }
        } finally {
            writer.dropScratch();
        }
        return new Ceiling(cases, bytes, copy);
    }

    private Written write(long runId, Batch batch, long[] checkpoint, boolean bulk) {
        if (bulk) {
            indexes.skipForeignKeyChecks();
        }
        BulkWriteOutcome outcome = writer.write(batch.prepared());
        runs.addRejections(runId, batch.rejections());
        copyClocks(runId, batch.clocks(), outcome.written());
        boolean cancel = runs.checkpoint(runId, checkpoint[0], checkpoint[1], outcome.written().size(),
                outcome.skipped().size(), batch.rejectedLines(), clock.instant());
        return new Written(outcome, cancel);
    }

    /**
     * The clocks become ordinary clocks (deadlines takes them over); those it cannot take (a type that does not exist
     * here) are kept in the staging table {@code import_clock}, so nothing of the file is lost. Staging rows need
     * no escaping: codes, dates and ids only.
     */
    private void copyClocks(long runId, Map<String, List<ImportClock>> clocks, Map<String, Long> written) {
        List<ImportedClock> imported = new ArrayList<>();
        clocks.forEach((externalId, list) -> {
            Long caseId = written.get(externalId);
            if (caseId != null) {
                for (ImportClock c : list) {
                    imported.add(new ImportedClock(caseId, c.type(), c.start(), c.due(), c.state()));
                }
            }
        });
        StringBuilder rows = new StringBuilder();
        for (ImportedClock c : importedClocks.adopt(imported)) {
            rows.append(c.caseId()).append('\t').append(runId).append('\t').append(c.type()).append('\t')
                    .append(c.start()).append('\t').append(c.due()).append('\t').append(c.state()).append('\n');
        }
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY import_clock (case_id, run_id, type, started_on, due_on, state) FROM STDIN",
                    new java.io.StringReader(rows.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Storing imported clocks failed", e);
        }
    }

    private ImportProgress progress(long runId, ImportState state, long line, long offset, long imported,
            long skipped, long rejected, long total, Instant began, long sessionRecords, long startOffset) {
        Duration elapsed = Duration.between(began, clock.instant());
        double rate = rate(sessionRecords, began);
        long bytesThisSession = offset - startOffset;
        Duration eta = bytesThisSession <= 0 || elapsed.isZero() ? null
                : Duration.ofMillis((long) ((double) (total - offset) / bytesThisSession * elapsed.toMillis()));
        return new ImportProgress(runId, state, line, imported, skipped, rejected, offset, total, elapsed, rate, eta);
    }

    private double rate(long records, Instant began) {
        long millis = Math.max(1, Duration.between(began, clock.instant()).toMillis());
        return records * 1000.0 / millis;
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", e);
        }
    }

    private static boolean tryLock(Connection connection, String checksum) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT pg_try_advisory_lock(?, hashtext(?))")) {
            st.setInt(1, LOCK_CLASS);
            st.setString(2, checksum);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // the digest stream does the work
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Checked(ValidRecord valid, List<Rejection> rejections) {}

    private record Written(BulkWriteOutcome outcome, boolean cancel) {}

    /** A batch ready to write, with the checkpoint it reaches. */
    record Batch(long seq, PreparedBatch prepared, Map<String, List<ImportClock>> clocks, List<Rejection> rejections,
            long rejectedLines, long records, long lastLine, long offset) {}

    /** Reads, validates and prepares batches on its own thread. */
    private final class Reader implements Runnable {

        static final Object END = new Object();

        private final ImportRequest request;
        private final ImportRun start;
        private final Path file;
        private final RecordSource.Format format;
        private final BlockingQueue<Object> queue;
        private volatile boolean stopped;

        Reader(ImportRequest request, ImportRun start, Path file, RecordSource.Format format,
                BlockingQueue<Object> queue) {
            this.request = request;
            this.start = start;
            this.file = file;
            this.format = format;
            this.queue = queue;
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void run() {
            try (RecordSource source = new RecordSource(file, format, start.lastOffset(), start.lastLine())) {
                boolean more = true;
                long sequence = 0;
                while (more && !stopped) {
                    List<ImportedCase> cases = new ArrayList<>(request.batchSize());
                    Map<String, List<ImportClock>> clocks = new java.util.HashMap<>();
                    List<Rejection> rejections = new ArrayList<>();
                    Set<String> seen = new HashSet<>();
                    long rejectedLines = 0;
                    long records = 0;
                    List<RecordSource.Raw> raws = new ArrayList<>(request.batchSize());
                    while (raws.size() < request.batchSize()) {
                        RecordSource.Raw raw = source.nextRaw();
                        if (raw == null) {
                            more = false;
                            break;
                        }
                        raws.add(raw);
                    }
                    records = raws.size();
                    // parsing and validating is most of the reader's work: spread it over the cores
                    List<Checked> checked = raws.parallelStream().map(raw -> check(source, raw)).toList();
                    for (Checked c : checked) {
                        if (!c.rejections().isEmpty()) {
                            rejections.addAll(c.rejections());
                            rejectedLines++;
                        } else if (!seen.add(c.valid().kase().externalId())) {
                            rejections.add(new Rejection(c.valid().line(), "externalId",
                                    "appears more than once in the file"));
                            rejectedLines++;
                        } else {
                            cases.add(c.valid().kase());
                            if (!c.valid().clocks().isEmpty()) {
                                clocks.put(c.valid().kase().externalId(), c.valid().clocks());
                            }
                        }
                    }
                    if (records == 0) {
                        break;
                    }
                    long t0 = System.nanoTime();
                    PreparedBatch prepared = writer.prepare(cases, request.actor());
                    log.debug("Batch of {} records prepared in {} ms", records, (System.nanoTime() - t0) / 1_000_000);
                    RecordSource.Raw last = raws.get(raws.size() - 1);
                    put(new Batch(++sequence, prepared, clocks, rejections, rejectedLines, records, source.linesRead(),
                            last.offset()));
                }
                put(END);
            } catch (Throwable t) {
                if (!stopped) {
                    put(t);
                }
            }
        }

        private Checked check(RecordSource source, RecordSource.Raw raw) {
            RecordSource.Item item = source.parse(raw);
            if (item.record() == null) {
                return new Checked(null, item.rejections());
            }
            List<Rejection> rejections = new ArrayList<>(0);
            ValidRecord valid = validator.validate(item.line(), item.record(), rejections);
            return new Checked(valid, rejections);
        }

        private void put(Object item) {
            try {
                while (!stopped && !queue.offer(item, 200, TimeUnit.MILLISECONDS)) {
                    // wait for the writer
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
