package nl.meldpunt.triage;

import java.time.Instant;

/** The suggestion made for a case when it was registered, with the model version that made it. */
public record StoredSuggestion(long caseId, String caseNumber, Instant suggestedAt, Suggestion suggestion) {}
