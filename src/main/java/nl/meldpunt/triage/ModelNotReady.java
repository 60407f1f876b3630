package nl.meldpunt.triage;

import nl.meldpunt.platform.RuleViolation;
import org.springframework.http.HttpStatus;

/** The first triage model is still being trained (only right after the very first start). */
class ModelNotReady extends RuleViolation {

    ModelNotReady() {
        super("triage-model-not-ready", HttpStatus.SERVICE_UNAVAILABLE,
                "The triage model is not ready yet. Try again in a minute.");
    }
}
