package nl.meldpunt.casework;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a case. Every change checks the version the editor saw (a stale edit is refused, never silently
 * overwritten), moves the version on, and writes its history entry in the same transaction.
 */
@Component
public class CaseEditing {

    private final JdbcClient jdbc;
    private final CaseQueries queries;
    private final CaseHistory history;
    private final CaseRegistration registration;
    private final ReferenceData reference;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    CaseEditing(JdbcClient jdbc, CaseQueries queries, CaseHistory history, CaseRegistration registration,
            ReferenceData reference, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.history = history;
        this.registration = registration;
        this.reference = reference;
        this.clock = clock;
        this.events = events;
    }

    /** Sets the classification; returns the new version. Only changed fields are recorded. */
    @Transactional
    public long classify(String caseNumber, long expectedVersion, Classification next, String reason) {
        CaseView current = load(caseNumber);
        checkCodes(next);
        Map<String, Object> changes = new LinkedHashMap<>();
        diff(changes, "kind", current.kind(), next.kind());
        diff(changes, "reporterType", current.reporterType(), next.reporterType());
        diff(changes, "sector", current.sector(), next.sector());
        diff(changes, "urgency", current.urgency(), next.urgency());
        diff(changes, "themes", current.themes(), next.themes());
        diff(changes, "inspectorSummary", current.inspectorSummary(), next.inspectorSummary());
        long version = bumpVersion(current.id(), expectedVersion, """
                kind = :kind, reporter_type = :reporterType, sector = :sector, urgency = :urgency, themes = :themes,
                inspector_summary = :summary""", Map.of(), next);
        if (!changes.isEmpty()) {
            history.record(current.id(), CurrentUser.name(), HistoryAction.CLASSIFIED, changes, reason);
            events.publishEvent(new CaseClassified(current.id(), current.caseNumber(), next.kind(), next.sector(),
                    next.urgency()));
        }
        return version;
    }

    /** Moves the case through its lifecycle; refuses transitions the state machine does not allow. */
    @Transactional
    public long changeStatus(String caseNumber, long expectedVersion, CaseStatus next, String reason) {
        CaseView current = load(caseNumber);
        if (!current.status().canMoveTo(next)) {
            throw new IllegalTransition(current.status(), next);
        }
        long version = bumpVersion(current.id(), expectedVersion, "status = :status",
                Map.of("status", next.name()), null);
        history.record(current.id(), CurrentUser.name(), HistoryAction.STATUS_CHANGED,
                Map.of("from", current.status().name(), "to", next.name()), reason);
        return version;
    }

    /** Adds a file to a case (it must have passed {@link AttachmentPolicy}). */
    @Transactional
    public void addAttachment(String caseNumber, NewAttachment attachment) {
        CaseView current = load(caseNumber);
        registration.insertAttachment(current.id(), attachment, CurrentUser.name(), clock.instant());
        history.record(current.id(), CurrentUser.name(), HistoryAction.ATTACHMENT_ADDED,
                Map.of("filename", AttachmentPolicy.safeFilename(attachment.filename(), attachment.contentType())),
                null);
    }

    /** Records that someone downloaded an attachment (who looked at what). */
    @Transactional
    public void recordDownload(long caseId, long attachmentId, String filename) {
        history.record(caseId, CurrentUser.name(), HistoryAction.ATTACHMENT_DOWNLOADED,
                Map.of("attachmentId", attachmentId, "filename", filename), null);
    }

    /**
     * Records a change of a deadline clock (module {@code deadlines}) in the case history, inside the caller's
     * transaction. {@code details} must carry no personal data.
     */
    @Transactional
    public void recordClockChange(long caseId, String actor, Map<String, ?> details, String reason) {
        history.record(caseId, actor, HistoryAction.CLOCK_CHANGED, details, reason);
    }

    private CaseView load(String caseNumber) {
        return queries.require(caseNumber, false);
    }

    private long bumpVersion(long id, long expectedVersion, String assignments, Map<String, Object> params,
            Classification c) {
        var spec = jdbc.sql("UPDATE case_file SET " + assignments + ", version = version + 1"
                        + " WHERE id = :id AND version = :version")
                .param("id", id)
                .param("version", expectedVersion)
                .params(params);
        if (c != null) {
            spec = spec.param("kind", c.kind())
                    .param("reporterType", c.reporterType())
                    .param("sector", c.sector())
                    .param("urgency", c.urgency())
                    .param("themes", c.themes().toArray(String[]::new))
                    .param("summary", blankToNull(c.inspectorSummary()));
        }
        if (spec.update() == 0) {
            throw new OptimisticLockingFailureException("Case " + id + " was changed by someone else");
        }
        return expectedVersion + 1;
    }

    private void checkCodes(Classification c) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "kind", ReferenceList.KIND, c.kind());
        check(errors, "reporterType", ReferenceList.REPORTER_TYPE, c.reporterType());
        check(errors, "sector", ReferenceList.SECTOR, c.sector());
        check(errors, "urgency", ReferenceList.URGENCY, c.urgency());
        List<String> unknown = reference.inactiveAmong(ReferenceList.THEME, c.themes());
        if (!unknown.isEmpty()) {
            errors.put("themes", "Unknown or retired theme code(s): " + unknown);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private void check(Map<String, String> errors, String field, ReferenceList list, String code) {
        if (code != null && !reference.isActive(list, code)) {
            errors.put(field, "Unknown or retired code.");
        }
    }

    private static void diff(Map<String, Object> changes, String field, Object before, Object after) {
        Object a = after instanceof String s ? blankToNull(s) : after;
        if (!Objects.equals(before, a)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", before);
            change.put("to", a);
            changes.put(field, change);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
