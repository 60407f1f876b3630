package nl.meldpunt.casework;

import nl.meldpunt.platform.RuleViolation;
import org.springframework.http.HttpStatus;

/** A status change the case's state machine does not allow. */
public class IllegalTransition extends RuleViolation {

    public IllegalTransition(CaseStatus from, CaseStatus to) {
        super("illegal-transition", HttpStatus.CONFLICT, "A case cannot go from " + from + " to " + to + ".");
    }
}
