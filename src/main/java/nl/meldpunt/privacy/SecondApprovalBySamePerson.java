package nl.meldpunt.privacy;

import nl.meldpunt.platform.RuleViolation;
import org.springframework.http.HttpStatus;

/** Four eyes: a destruction list is approved by two different people. */
class SecondApprovalBySamePerson extends RuleViolation {

    SecondApprovalBySamePerson() {
        super("second-approval-by-same-person", HttpStatus.CONFLICT, "The second approver must differ from the first");
    }
}
