package nl.meldpunt.casework;

import java.time.Instant;
import java.util.Map;

/** One entry of an imported case's history, as it happened in the earlier system. */
public record ImportedHistoryEntry(
        Instant occurredAt, String actor, HistoryAction action, Map<String, ?> details, String reason) {}
