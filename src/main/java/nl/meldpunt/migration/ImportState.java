package nl.meldpunt.migration;

/** Where an import run stands. RUNNING after a crash, CANCELLED and FAILED runs resume on the next start. */
enum ImportState {
    RUNNING,
    CANCELLED,
    FAILED,
    COMPLETED;

    boolean resumable() {
        return this != COMPLETED;
    }
}
