package nl.meldpunt.casework;

import java.time.Instant;

/**
 * A new case was registered. Published once per case, shortly after the registering commit, inside the transaction
 * of casework's follow-up worker (see {@code CaseFollowUps}): a plain {@code @EventListener} runs in that transaction
 * and is retried with the case if it fails; an {@code @ApplicationModuleListener} runs after it. Carries no personal
 * data.
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
