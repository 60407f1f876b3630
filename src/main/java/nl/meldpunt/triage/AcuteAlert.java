package nl.meldpunt.triage;

import java.time.Instant;

/**
 * An intake suggested ACUTE: the duty inspector was notified, and it waits for a senior to acknowledge it.
 * {@code reasons} are the rule summaries and top phrases (no personal data of the reporter).
 */
public record AcuteAlert(
        long caseId,
        String caseNumber,
        Instant raisedAt,
        String reasons,
        String notified,
        String acknowledgedBy,
        Instant acknowledgedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
