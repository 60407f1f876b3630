package nl.meldpunt.migration;

import java.time.Instant;

/** One run of an import (a row of {@code import_run}): its file, checkpoint and counts. */
record ImportRun(
        long id,
        String fileName,
        String checksum,
        long fileSize,
        RecordSource.Format format,
        ImportState state,
        boolean cancelRequested,
        long lastLine,
        long lastOffset,
        long imported,
        long skipped,
        long rejected,
        String startedBy,
        Instant startedAt,
        Instant updatedAt,
        Instant finishedAt,
        String failure) {

    /** Share of the file done, 0–100, from the checkpointed byte offset. */
    int percent() {
        return fileSize == 0 ? 100 : (int) Math.min(100, lastOffset * 100 / fileSize);
    }
}
