package nl.meldpunt.casework;

/**
 * A case's classification changed (an officer confirmed or corrected it). Published in the classifying
 * transaction, so copies of the routing fields elsewhere (the clocks in the work queues) change in the same
 * commit. No personal data.
 */
public record CaseClassified(long caseId, String caseNumber, String kind, String sector, String urgency) {}
