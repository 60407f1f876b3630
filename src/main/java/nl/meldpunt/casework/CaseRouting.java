package nl.meldpunt.casework;

/** Where a case is routed and how it is classified: what clocks copy for the work queues. No personal data. */
public record CaseRouting(long caseId, String caseNumber, String team, String assignee, String sector,
        String urgency) {}
