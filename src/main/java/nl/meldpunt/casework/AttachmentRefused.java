package nl.meldpunt.casework;

import nl.meldpunt.platform.RuleViolation;
import org.springframework.http.HttpStatus;

/**
 * A file that may not be stored on a case: empty, too large, a type Meldpunt does not accept, or infected. The rule
 * is {@code attachment-<reason>}, e.g. {@code attachment-infected}.
 */
public class AttachmentRefused extends RuleViolation {

    /** Why: the {@link AttachmentPolicy.Refusal}s, and INFECTED. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        TYPE_NOT_ALLOWED,
        INFECTED
    }

    private final Reason reason;

    public AttachmentRefused(Reason reason) {
        super("attachment-" + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                HttpStatus.UNPROCESSABLE_CONTENT, "The file was refused: " + reason + ".");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
