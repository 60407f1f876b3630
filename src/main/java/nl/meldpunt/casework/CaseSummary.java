package nl.meldpunt.casework;

import java.time.Instant;
import java.util.List;

/** One line of a work list or search result. */
public record CaseSummary(
        long id,
        String caseNumber,
        CaseStatus status,
        Channel channel,
        String kind,
        String sector,
        String urgency,
        List<String> themes,
        Instant receivedAt,
        String subjectName,
        String excerpt) {}
