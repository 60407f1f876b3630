package nl.meldpunt.casework;

import java.time.Instant;

/**
 * A case was closed with an outcome (a code of reference list {@code CLOSURE_OUTCOME}). Published in the closing
 * transaction so clocks and letters can react. Carries no personal data (the closing note stays on the case).
 */
public record CaseClosed(long caseId, String caseNumber, String outcome, Instant closedAt) {}
