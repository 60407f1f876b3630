package nl.meldpunt.reporting;

import nl.meldpunt.platform.RuleViolation;
import org.springframework.http.HttpStatus;

/** A year's Klachtbeeld is published once; its figures then stay as they were. */
class KlachtbeeldAlreadyPublished extends RuleViolation {

    KlachtbeeldAlreadyPublished(int year) {
        super("klachtbeeld-already-published", HttpStatus.CONFLICT, "The Klachtbeeld of " + year + " is already published.");
    }
}
