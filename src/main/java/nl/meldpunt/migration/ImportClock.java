package nl.meldpunt.migration;

import java.time.LocalDate;

/** A clock of an imported case, kept in staging form (table {@code import_clock}). */
record ImportClock(String type, LocalDate start, LocalDate due, String state) {

    static final java.util.Set<String> TYPES = java.util.Set.of("CALLBACK", "TRIAGE", "PROVIDER_COMPLAINT",
            "CALAMITY_REPORT", "CALAMITY_INVESTIGATION", "VIOLENCE_REPORT", "DISMISSAL_REPORT", "DEVICE_INCIDENT",
            "INSPECTOR_DECISION");
    static final java.util.Set<String> STATES = java.util.Set.of("RUNNING", "PAUSED", "EXTENDED", "STOPPED",
            "EXPIRED");
}
