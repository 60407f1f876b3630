package nl.meldpunt.deadlines;

import nl.meldpunt.platform.RuleViolation;
import org.springframework.http.HttpStatus;

/** The rules a clock change can break. */
final class ClockRuleViolations {

    private ClockRuleViolations() {}

    /** The clock's state does not allow this change (e.g. resuming a clock that is not paused). */
    static final class IllegalClockTransition extends RuleViolation {
        IllegalClockTransition(ClockState from, ClockState to) {
            super("illegal-clock-transition", HttpStatus.CONFLICT,
                    "A " + from + " clock cannot become " + to + ".");
        }
    }

    /** The case already runs an open clock of this type. */
    static final class ClockAlreadyRunning extends RuleViolation {
        ClockAlreadyRunning(String type) {
            super("clock-already-running", HttpStatus.CONFLICT, "The case already has an open " + type + " clock.");
        }
    }

    /** The extension goes beyond what the clock type allows (e.g. Wkkgz: once, at most 4 weeks). */
    static final class ExtensionBeyondMaximum extends RuleViolation {
        ExtensionBeyondMaximum(String detail) {
            super("extension-beyond-maximum", HttpStatus.UNPROCESSABLE_CONTENT, detail);
        }
    }
}
