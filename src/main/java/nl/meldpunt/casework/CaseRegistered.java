package nl.meldpunt.casework;

import java.time.Instant;

/**
 * A new case was registered. Published once per case, shortly after the registering commit, inside the transaction
 * of casework's follow-up worker (see {@code CaseFollowUps}): a plain {@code @EventListener} runs in that transaction
 * and is retried with the case if it fails; an {@code @ApplicationModuleListener} runs after it. Carries no personal
 * data. {@code attachments}: how many files came with the intake (a listener that only works on attachments can say
 * {@code condition = "#event.attachments() > 0"}, and then no event publication is stored for the others).
 */
public record CaseRegistered(
        long caseId,
        String caseNumber,
        Channel channel,
        String kind,
        String reporterType,
        String urgency,
        Instant receivedAt,
        boolean wantsContact,
        int attachments) {}
