package nl.meldpunt.platform;

import org.springframework.http.HttpStatus;

/** Something asked for by its identifier does not exist (or the caller may not know that it does). */
public class NotFound extends RuleViolation {

    public NotFound(String what) {
        super("not-found", HttpStatus.NOT_FOUND, what + " was not found.");
    }
}
