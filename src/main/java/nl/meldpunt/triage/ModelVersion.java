package nl.meldpunt.triage;

import java.time.Instant;

/** A stored model version and its evaluation on the held-out split (without the model bytes). */
public record ModelVersion(
        String version,
        Instant createdAt,
        int exampleCount,
        int confirmedCount,
        double score,
        String summary,
        String report,
        boolean active,
        Instant activatedAt,
        String activatedBy) {}
