package nl.meldpunt.correspondence;

import java.time.Instant;

/** A letter or e-mail as it was sent, stored on the case. {@code hasPdf} for letters. */
public record SentItem(
        long id,
        String caseNumber,
        String template,
        String language,
        Medium medium,
        RecipientKind recipientKind,
        String recipientName,
        String recipientAddress,
        String subject,
        String body,
        boolean hasPdf,
        DisclosureScope disclosed,
        String sentBy,
        Instant sentAt) {}
