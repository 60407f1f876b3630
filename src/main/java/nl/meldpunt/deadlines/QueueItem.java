package nl.meldpunt.deadlines;

import java.time.Instant;

/** One line of a work queue: an open clock and the case it runs on. */
public record QueueItem(
        long clockId,
        long caseId,
        String caseNumber,
        String type,
        Party party,
        ClockState state,
        Instant dueAt,
        String team,
        String assignee,
        String sector,
        String urgency) {}
