package nl.meldpunt.casework;

/**
 * The provider notified an extension of its complaint handling (Wkkgz: once, at most 4 weeks). {@code reason} is
 * the officer's reason as recorded on the case.
 */
public record ProviderComplaintExtended(long caseId, String caseNumber, int weeks, String reason) {}
