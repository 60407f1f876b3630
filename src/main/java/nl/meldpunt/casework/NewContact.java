package nl.meldpunt.casework;

import java.time.Instant;

/** A contact to log; {@code occurredAt} null means now, {@code outcome} null means the person was reached. */
public record NewContact(
        Instant occurredAt,
        ContactMedium medium,
        ContactDirection direction,
        ContactOutcome outcome,
        Integer durationSeconds,
        String summary) {

    public NewContact {
        if (outcome == null) {
            outcome = ContactOutcome.REACHED;
        }
    }
}
