package nl.meldpunt.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A historic case brought in by a bulk import (migration from an earlier system), already validated by the
 * importer. Written by {@link BulkCaseWriter}, which adds the {@code REGISTERED} history entry itself.
 *
 * @param externalId the case's identifier in the earlier system; unique, makes the import idempotent
 * @param caseNumber the reference number to keep, or null for a new one from the received year's sequence
 * @param history status changes, contacts and closure, in the order they happened
 */
public record ImportedCase(
        String externalId,
        String caseNumber,
        CaseStatus status,
        Channel channel,
        String kind,
        String reporterType,
        String sector,
        String urgency,
        List<String> themes,
        String description,
        String inspectorSummary,
        LocalDate occurredOn,
        Instant receivedAt,
        NewReporter reporter,
        List<NewSubject> subjects,
        List<ImportedHistoryEntry> history) {

    public ImportedCase {
        themes = themes == null ? List.of() : List.copyOf(themes);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        history = history == null ? List.of() : List.copyOf(history);
        reporter = reporter == null ? NewReporter.anonymousReporter(null) : reporter;
    }
}
