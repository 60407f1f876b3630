package nl.meldpunt.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an intake brings in, whichever the channel. Codes (kind, sector, …) are reference-data codes and are
 * checked on registration; any of them may be missing until triage.
 *
 * @param externalId an identifier from another system (bulk import); null for normal intake
 */
public record NewCase(
        Channel channel,
        String kind,
        String reporterType,
        String sector,
        String urgency,
        List<String> themes,
        String description,
        LocalDate occurredOn,
        Instant receivedAt,
        NewReporter reporter,
        List<NewSubject> subjects,
        List<NewAttachment> attachments,
        String externalId) {

    public NewCase {
        description = nl.meldpunt.platform.Text.withoutNul(description);
        themes = themes == null ? List.of() : List.copyOf(themes);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The reporter as given, or anonymous with no contact when none was given. */
    public NewReporter reporterOrAnonymous() {
        return reporter == null ? NewReporter.anonymousReporter(null) : reporter;
    }
}
