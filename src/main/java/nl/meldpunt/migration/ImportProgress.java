package nl.meldpunt.migration;

import java.time.Duration;

/**
 * How far a run is, for the terminal line and the admin page.
 *
 * @param rate records (imported, skipped or rejected) per second in this session
 * @param eta estimated time left, from the bytes still to read; null when unknown
 */
record ImportProgress(
        long runId,
        ImportState state,
        long line,
        long imported,
        long skipped,
        long rejected,
        long bytesDone,
        long bytesTotal,
        Duration elapsed,
        double rate,
        Duration eta) {

    int percent() {
        return bytesTotal == 0 ? 100 : (int) Math.min(100, bytesDone * 100 / bytesTotal);
    }

    /** One terminal line, e.g. {@code run 3  41%  412,000 imported  0 skipped  12 rejected  6,100/s  ETA 1:32}. */
    String terminalLine() {
        return String.format(java.util.Locale.ROOT, "run %d %3d%%  %,d imported  %,d skipped  %,d rejected  %,.0f/s  ETA %s  ",
                runId, percent(), imported, skipped, rejected, rate, eta == null ? "?" : minutes(eta));
    }

    static String minutes(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format(java.util.Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
