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
 */
record ImportRequest(Path file, String actor, int batchSize, int writers, int stopAfterBatches,
        Consumer<ImportProgress> listener) {

    ImportRequest {
        if (batchSize < 1 || writers < 1) {
            throw new IllegalArgumentException("batchSize and writers must be positive");
        }
        listener = listener == null ? p -> {} : listener;
    }
}
