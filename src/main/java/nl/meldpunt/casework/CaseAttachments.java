package nl.meldpunt.casework;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.meldpunt.platform.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files added to a case after intake: the same checks as intake ({@link AttachmentPolicy}, staff types), then the
 * {@link VirusScanner}; an infected file is refused and the refusal is in the history. Inline views (previews) are
 * recorded like downloads.
 */
@Component
public class CaseAttachments {

    private final CaseQueries queries;
    private final CaseEditing editing;
    private final CaseHistory history;
    private final VirusScanner scanner;

    CaseAttachments(CaseQueries queries, CaseEditing editing, CaseHistory history, VirusScanner scanner) {
        this.queries = queries;
        this.editing = editing;
        this.history = history;
        this.scanner = scanner;
    }

    /**
     * Checks and stores a file; throws {@link AttachmentRefused} naming why not. The refusal of an infected file is
     * recorded in its own transaction, so it stays when the caller's rolls back.
     */
    @Transactional(noRollbackFor = AttachmentRefused.class)
    public void upload(String caseNumber, String filename, byte[] content) {
        long caseId = queries.requireId(caseNumber);
        Optional<AttachmentPolicy.Refusal> refusal = AttachmentPolicy.check(content, AttachmentPolicy.STAFF_TYPES);
        if (refusal.isPresent() && refusal.get() != AttachmentPolicy.Refusal.TYPE_NOT_ALLOWED) {
            throw new AttachmentRefused(AttachmentRefused.Reason.valueOf(refusal.get().name()));
        }
        Optional<String> threat = scanner.scan(content);
        if (threat.isPresent()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("filename", AttachmentPolicy.safeFilename(filename, null));
            details.put("threat", threat.get());
            history.record(caseId, CurrentUser.name(), HistoryAction.ATTACHMENT_REFUSED, details, null);
            throw new AttachmentRefused(AttachmentRefused.Reason.INFECTED);
        }
        if (refusal.isPresent()) {
            throw new AttachmentRefused(AttachmentRefused.Reason.TYPE_NOT_ALLOWED);
        }
        String type = AttachmentPolicy.detectType(content).orElseThrow();
        editing.addAttachment(caseNumber, new NewAttachment(filename, type, content));
    }

    /** Records that someone looked at an attachment in the page (a preview), like a download. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordView(long caseId, long attachmentId, String filename) {
        history.record(caseId, CurrentUser.name(), HistoryAction.ATTACHMENT_VIEWED,
                Map.of("attachmentId", attachmentId, "filename", filename), null);
    }
}
