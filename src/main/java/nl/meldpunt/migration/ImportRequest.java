package nl.meldpunt.migration;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What to import and how.
 *
 * @param actor who starts it (recorded on the run and as {@code registered_by} of the cases)
 * @param batchSize valid records per transaction
 * @param stopAfterBatches test hook: stop dead after this many committed batches, as a crash would (0 = off)
 * @param listener told after every committed batch
 */
record ImportRequest(Path file, String actor, int batchSize, int stopAfterBatches, Consumer<ImportProgress> listener) {

    ImportRequest {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        listener = listener == null ? p -> {} : listener;
    }
}
