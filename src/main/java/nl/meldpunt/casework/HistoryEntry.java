package nl.meldpunt.casework;

import java.time.Instant;

/** One entry of a case's history: who did what, when and why. {@code details} is JSON. */
public record HistoryEntry(long id, Instant occurredAt, String actor, HistoryAction action, String details,
        String reason) {}
