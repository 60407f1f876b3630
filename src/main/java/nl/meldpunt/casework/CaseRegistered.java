package nl.meldpunt.casework;

import java.time.Instant;

/**
 * A new case was registered. Published in the registering transaction (event publication registry), so clocks
 * and triage cannot miss it. Carries no personal data.
 */
public record CaseRegistered(
        long caseId,
        String caseNumber,
        Channel channel,
        String kind,
        String reporterType,
        String urgency,
        Instant receivedAt,
        boolean wantsContact) {}
