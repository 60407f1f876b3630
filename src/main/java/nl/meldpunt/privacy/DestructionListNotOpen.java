package nl.meldpunt.privacy;

import nl.meldpunt.platform.RuleViolation;
import org.springframework.http.HttpStatus;

/** Only a proposed list can be approved, changed or rejected. */
class DestructionListNotOpen extends RuleViolation {

    DestructionListNotOpen() {
        super("destruction-list-not-open", HttpStatus.CONFLICT, "The destruction list is no longer open");
    }
}
