package nl.meldpunt.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that passed its syntax but not a check that needs the database or reference data (an unknown sector
 * code, say). Rendered as a 400 naming each field, like Bean Validation errors.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidInput(Map<String, String> errors) {
        super("Invalid fields: " + errors.keySet());
        this.errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(Map.of(field, message));
    }

    /** Field path to message, in the order found. */
    public Map<String, String> errors() {
        return errors;
    }
}
