package nl.meldpunt.privacy;

import nl.meldpunt.platform.RuleViolation;
import org.springframework.http.HttpStatus;

/** Personal data on a case under legal hold may not be erased or destroyed until the hold is lifted. */
class ErasureBlockedByLegalHold extends RuleViolation {

    ErasureBlockedByLegalHold(String caseNumber) {
        super("erasure-blocked-by-legal-hold", HttpStatus.CONFLICT, "Case " + caseNumber + " is under legal hold");
    }
}
