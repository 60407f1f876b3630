package nl.meldpunt.correspondence;

/**
 * A composed letter or e-mail before it is sent.
 *
 * @param bodyHtml the body as escaped HTML paragraphs, as the e-mail and the PDF will show it
 * @param discloses what sending it would reveal about the citizen to the provider (null: nothing)
 * @param refusedBy the rule that refuses sending it (e.g. {@code disclosure-requires-authorisation}), or null
 */
public record Draft(
        String template,
        String language,
        Medium medium,
        RecipientKind recipientKind,
        String recipientName,
        String recipientAddress,
        String subject,
        String body,
        String bodyHtml,
        DisclosureScope discloses,
        String refusedBy) {}
