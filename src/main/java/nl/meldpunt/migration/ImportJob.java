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
import nl.meldpunt.casework.BulkWriteOutcome;
import nl.meldpunt.casework.ImportedCase;
import nl.meldpunt.casework.PreparedBatch;
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
    private final TransactionTemplate tx;
    private final DataSource dataSource;
    private final Clock clock;
    private final Map<Long, ImportProgress> live = new ConcurrentHashMap<>();

    ImportJob(ImportRuns runs, RecordValidator validator, BulkCaseWriter writer, TransactionTemplate tx,
            DataSource dataSource, Clock clock) {
        this.runs = runs;
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
            try {
                return execute(request, start, file, format);
            } finally {
                live.remove(runId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Import could not take its lock", e);
        }
    }

    private ImportRun execute(ImportRequest request, ImportRun start, Path file, RecordSource.Format format)
            throws IOException {
        long runId = start.id();
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
        Reader reader = new Reader(request, start, file, format, queue);
        Thread thread = Thread.ofPlatform().name("import-reader-" + runId).daemon().start(reader);
        long imported = start.imported();
        long skipped = start.skipped();
        long rejected = start.rejected();
        long sessionRecords = 0;
        int batches = 0;
        Instant began = clock.instant();
        ImportState end = ImportState.COMPLETED;
        String failure = null;
        try {
            while (true) {
                Object next = take(queue);
                if (next instanceof Throwable t) {
                    throw new IllegalStateException("Reading the import file failed", t);
                }
                if (next == Reader.END) {
                    break;
                }
                Batch batch = (Batch) next;
                long t0 = System.nanoTime();
                Written written = tx.execute(status -> write(runId, batch));
                log.debug("Batch of {} records written in {} ms", batch.records(), (System.nanoTime() - t0) / 1_000_000);
                imported += written.outcome().written().size();
                skipped += written.outcome().skipped().size();
                rejected += batch.rejectedLines();
                sessionRecords += batch.records();
                batches++;
                ImportProgress progress = progress(runId, ImportState.RUNNING, batch, imported, skipped, rejected,
                        start.fileSize(), began, sessionRecords, start.lastOffset());
                live.put(runId, progress);
                request.listener().accept(progress);
                if (written.cancel()) {
                    end = ImportState.CANCELLED;
                    break;
                }
                if (request.stopAfterBatches() > 0 && batches >= request.stopAfterBatches()) {
                    log.warn("Import run {} stopped by the test hook after {} batches", runId, batches);
                    return runs.find(runId).orElseThrow();
                }
            }
        } catch (RuntimeException e) {
            end = ImportState.FAILED;
            failure = e.getClass().getSimpleName() + (e.getCause() == null ? "" : " / "
                    + e.getCause().getClass().getSimpleName());
            log.error("Import run {} failed; rerun the same file to resume", runId, e);
        } finally {
            reader.stop();
            thread.interrupt();
        }
        runs.finish(runId, end, failure, clock.instant());
        ImportRun done = runs.find(runId).orElseThrow();
        request.listener().accept(new ImportProgress(runId, end, done.lastLine(), done.imported(), done.skipped(),
                done.rejected(), done.lastOffset(), done.fileSize(), Duration.between(began, clock.instant()),
                rate(sessionRecords, began), Duration.ZERO));
        log.info("Import run {} {}: {} imported, {} skipped, {} rejected", runId, end, done.imported(),
                done.skipped(), done.rejected());
        return done;
    }

    private Written write(long runId, Batch batch) {
        BulkWriteOutcome outcome = writer.write(batch.prepared());
        runs.addRejections(runId, batch.rejections());
        copyClocks(runId, batch.clocks(), outcome.written());
        boolean cancel = runs.checkpoint(runId, batch.lastLine(), batch.offset(), outcome.written().size(),
                outcome.skipped().size(), batch.rejectedLines(), clock.instant());
        return new Written(outcome, cancel);
    }

    /** Clock rows need no escaping: codes, dates and ids only. */
    private void copyClocks(long runId, Map<String, List<ImportClock>> clocks, Map<String, Long> written) {
        StringBuilder rows = new StringBuilder();
        clocks.forEach((externalId, list) -> {
            Long caseId = written.get(externalId);
            if (caseId != null) {
                for (ImportClock c : list) {
                    rows.append(caseId).append('\t').append(runId).append('\t').append(c.type()).append('\t')
                            .append(c.start()).append('\t').append(c.due()).append('\t').append(c.state())
                            .append('\n');
                }
            }
        });
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

    private ImportProgress progress(long runId, ImportState state, Batch batch, long imported, long skipped,
            long rejected, long total, Instant began, long sessionRecords, long startOffset) {
        Duration elapsed = Duration.between(began, clock.instant());
        double rate = rate(sessionRecords, began);
        long bytesThisSession = batch.offset() - startOffset;
        Duration eta = bytesThisSession <= 0 || elapsed.isZero() ? null
                : Duration.ofMillis((long) ((double) (total - batch.offset()) / bytesThisSession * elapsed.toMillis()));
        return new ImportProgress(runId, state, batch.lastLine(), imported, skipped, rejected, batch.offset(), total,
                elapsed, rate, eta);
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
    record Batch(PreparedBatch prepared, Map<String, List<ImportClock>> clocks, List<Rejection> rejections,
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
                    put(new Batch(prepared, clocks, rejections, rejectedLines, records, source.linesRead(),
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
