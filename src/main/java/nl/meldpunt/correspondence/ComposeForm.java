package nl.meldpunt.correspondence;

import nl.meldpunt.casework.CaseNumber;

/** The compose form on the case's correspondence page; what the user typed is kept when something is wrong. */
record ComposeForm(String template, String language, Medium medium, RecipientKind recipient, String recipientName,
        String recipientAddress, String organisation, String advice) {

    static ComposeForm initial(String template, String organisation) {
        return new ComposeForm(template == null ? "ACKNOWLEDGEMENT" : template, "nl", Medium.LETTER,
                RecipientKind.CITIZEN, null, null, organisation, null);
    }

    Composition composition(CaseNumber caseNumber) {
        return new Composition(caseNumber, template, language == null ? "nl" : language, medium, recipient,
                recipientName, recipientAddress, blank(organisation) ? null : organisation, advice);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
