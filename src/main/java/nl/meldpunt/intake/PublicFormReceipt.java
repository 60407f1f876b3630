package nl.meldpunt.intake;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the confirmation page may show: the reference number and what happens next, never personal data. Kept in
 * the submitter's HTTP session only, so nobody else can open the page.
 *
 * @param caseNumber null when the submission went to quarantine
 * @param contactBy the date by which Meldpunt contacts the citizen; null when nothing is promised
 */
record PublicFormReceipt(String caseNumber, Promise promise, LocalDate contactBy) implements Serializable {

    /** What the citizen is told will happen next. */
    enum Promise {
        CALL,
        EMAIL,
        LETTER,
        NO_CONTACT,
        ANONYMOUS,
        UNDER_REVIEW
    }

    static PublicFormReceipt underReview() {
        return new PublicFormReceipt(null, Promise.UNDER_REVIEW, null);
    }
}
