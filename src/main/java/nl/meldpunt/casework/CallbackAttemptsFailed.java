package nl.meldpunt.casework;

/**
 * The callback did not reach the person after {@code attempts} calls nobody answered: time to offer the standard
 * "we could not reach you" letter. Published once, when the third failed attempt is logged.
 */
public record CallbackAttemptsFailed(long caseId, String caseNumber, int attempts) {}
