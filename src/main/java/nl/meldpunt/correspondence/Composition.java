package nl.meldpunt.correspondence;

import nl.meldpunt.casework.CaseNumber;

/**
 * What to write: a template for a case, in a language, by a medium, to a recipient.
 *
 * @param recipientName blank: the citizen's name (CITIZEN) or the case's provider (PROVIDER)
 * @param recipientAddress an e-mail address (EMAIL) or postal address (LETTER); blank: the citizen's own
 * @param organisation a referral organisation's code, for {@code {{organisatie…}}}
 * @param advice text for {@code {{advies}}}; blank: the latest advice recorded on the case
 */
public record Composition(
        CaseNumber caseNumber,
        String template,
        String language,
        Medium medium,
        RecipientKind recipientKind,
        String recipientName,
        String recipientAddress,
        String organisation,
        String advice) {}
