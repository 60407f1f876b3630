package nl.meldpunt.platform;

import org.springframework.http.HttpStatus;

/**
 * A business rule that refused an action. The API renders it as a problem whose {@code type} names the rule
 * ({@code https://meldpunt.nl/problems/<rule>}); pages show {@link #messageKey()} next to the form.
 */
public abstract class RuleViolation extends RuntimeException {

    private final String rule;
    private final HttpStatus status;

    protected RuleViolation(String rule, HttpStatus status, String detail) {
        super(detail);
        this.rule = rule;
        this.status = status;
    }

    /** The rule's name in kebab case, e.g. {@code forwarding-requires-consultation}. */
    public String rule() {
        return rule;
    }

    public HttpStatus status() {
        return status;
    }

    /** The message-bundle key pages use: {@code problem.<rule>}. */
    public String messageKey() {
        return "problem." + rule;
    }
}
