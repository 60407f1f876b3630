package nl.meldpunt.providers;

import nl.meldpunt.platform.RuleViolation;
import org.springframework.http.HttpStatus;

/** A KvK/establishment number or AGB code is unique in the register; this one is taken by another entry. */
public class ProviderAlreadyRegistered extends RuleViolation {

    private final String field;
    private final long existingId;

    public ProviderAlreadyRegistered(String field, long existingId) {
        super("provider-already-registered", HttpStatus.CONFLICT,
                "Another register entry (" + existingId + ") already has this " + field + ".");
        this.field = field;
        this.existingId = existingId;
    }

    /** The field whose value is taken: kvkNumber, establishmentNumber or agbCode. */
    public String field() {
        return field;
    }

    public long existingId() {
        return existingId;
    }
}
