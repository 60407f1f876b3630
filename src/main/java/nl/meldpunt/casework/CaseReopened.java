package nl.meldpunt.casework;

import java.time.Instant;

/** A closed case was reopened (the reason stays on the case). */
public record CaseReopened(long caseId, String caseNumber, Instant reopenedAt) {}
