package nl.meldpunt.intake;

import nl.meldpunt.platform.RuleViolation;
import org.springframework.http.HttpStatus;

/** The client sent an Idempotency-Key it used before, with a different request. Nothing was registered. */
class IdempotencyKeyReused extends RuleViolation {

    IdempotencyKeyReused() {
        super("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT,
                "This Idempotency-Key was used before with a different request. Use a new key for a new intake.");
    }
}
