package nl.meldpunt.casework;

import java.time.Instant;

/** A contact was logged on a case. Carries no summary (it may hold personal data). */
public record ContactLogged(
        long caseId,
        String caseNumber,
        ContactMedium medium,
        ContactDirection direction,
        ContactOutcome outcome,
        Instant occurredAt) {

    /** True when this contact reached the person (a note does not): what the callback promise asks for. */
    public boolean reachedThePerson() {
        return outcome == ContactOutcome.REACHED && medium != ContactMedium.NOTE;
    }
}
