package nl.meldpunt.casework;

/**
 * A case was (re)assigned to a team and possibly a person. Published in the assigning transaction, so listeners
 * that keep copies of the routing (the clocks in the work queues) change in the same commit. No personal data.
 */
public record CaseAssigned(long caseId, String caseNumber, String team, String assignee) {}
