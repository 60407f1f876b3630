package nl.meldpunt.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole case as staff see it. {@code reporter} is null when the viewer's role may not see personal details.
 */
public record CaseView(
        long id,
        String caseNumber,
        long version,
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
        Instant registeredAt,
        String registeredBy,
        String assignedTeam,
        String assignee,
        ReporterView reporter,
        List<SubjectView> subjects,
        List<AttachmentView> attachments) {

    /** The reporter's personal details; only for roles that handle cases. */
    public record ReporterView(
            boolean anonymous,
            ReporterRelation relation,
            String name,
            String email,
            String phone,
            String postalAddress,
            ContactPreference contactPreference) {}

    public record SubjectView(
            long id,
            SubjectType type,
            String name,
            String place,
            String kvkNumber,
            String establishmentNumber,
            String bigNumber,
            String udiDi,
            String lotNumber) {}

    public record AttachmentView(long id, String filename, String contentType, long sizeBytes, Instant addedAt,
            String addedBy) {}
}
