package nl.meldpunt.casework;

import java.time.Instant;

/** One entry of a case's contact log. */
public record Contact(
        long id,
        Instant occurredAt,
        ContactMedium medium,
        ContactDirection direction,
        ContactOutcome outcome,
        Integer durationSeconds,
        String summary,
        String recordedBy,
        Instant recordedAt) {}
