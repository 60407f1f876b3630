package nl.meldpunt.migration;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What to import and how.
 *
 * @param actor who starts it (recorded on the run and as {@code registered_by} of the cases)
 * @param batchSize records per transaction
 * @param writers batches written at the same time (each in its own transaction and connection)
 * @param stopAfterBatches test hook: stop dead after this many committed batches, as a crash would (0 = off)
 * @param listener told after every committed batch
 * @param initialLoad load into an (almost) empty database: secondary indexes are built once at the end and the
 *     foreign-key triggers are skipped (decision 2620)
 */
record ImportRequest(Path file, String actor, int batchSize, int writers, int stopAfterBatches,
        Consumer<ImportProgress> listener, boolean initialLoad) {

    ImportRequest(Path file, String actor, int batchSize, int writers, int stopAfterBatches,
            Consumer<ImportProgress> listener) {
        this(file, actor, batchSize, writers, stopAfterBatches, listener, false);
    }

    ImportRequest {
        if (batchSize < 1 || writers < 1) {
            throw new IllegalArgumentException("batchSize and writers must be positive");
        }
        listener = listener == null ? p -> {} : listener;
    }
}
