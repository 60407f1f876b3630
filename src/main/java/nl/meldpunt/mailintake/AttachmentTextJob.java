package nl.meldpunt.mailintake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.meldpunt.casework.AttachmentContent;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistered;
import nl.meldpunt.casework.CaseSearchText;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.TextSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes the attachments of a case searchable, after the intake is committed and outside its transaction: the text
 * of PDFs, Word documents and attached e-mails by Apache Tika, and for scans (images, or PDFs without a text
 * layer) the text Tesseract recognises. The scan itself stays attached. The event publication registry keeps the
 * event until this completes, so a crash in between means a retry, and a retry adds no text twice (one text per
 * attachment and source).
 */
@Component
class AttachmentTextJob {

    private static final Logger log = LoggerFactory.getLogger(AttachmentTextJob.class);

    /** Intakes whose attachments are made searchable: everything people send in, not system-to-system input. */
    private static final Set<Channel> CHANNELS =
            Set.of(Channel.EMAIL, Channel.LETTER, Channel.WEB_FORM, Channel.PHONE, Channel.INTERNAL);

    private final CaseQueries queries;
    private final CaseSearchText searchText;
    private final AttachmentText attachmentText;
    private final TextRecognition recognition;
    private final MailIntakeProperties.Ocr ocr;
    private final IntakeFailures failures;

    AttachmentTextJob(CaseQueries queries, CaseSearchText searchText, AttachmentText attachmentText,
            TextRecognition recognition, MailIntakeProperties properties, IntakeFailures failures) {
        this.queries = queries;
        this.searchText = searchText;
        this.attachmentText = attachmentText;
        this.recognition = recognition;
        this.ocr = properties.ocr();
        this.failures = failures;
    }

    /**
     * Only intakes that came with files: the condition keeps the event publication registry from storing (and
     * completing) a publication for every other intake (Spring Modulith evaluates it before storing).
     */
    @Async
    @TransactionalEventListener(condition = "#event.attachments() > 0")
    void on(CaseRegistered event) {
        if (CHANNELS.contains(event.channel())) {
            MailActor.run(() -> extract(event.caseId(), event.caseNumber()));
        }
    }

    @Async
    @TransactionalEventListener
    void on(MailReplyFiled event) {
        MailActor.run(() -> extract(event.caseId(), event.caseNumber()));
    }

    /**
     * Extracts the text of every attachment of the case that has none yet. A failure is counted per attachment
     * ({@link IntakeFailures}); {@link #retryFailed} tries again until it is dead. Dead or handled attachments are
     * left alone.
     */
    void extract(long caseId, String caseNumber) {
        for (Long id : searchText.attachmentsWithout(caseId, TextSource.ATTACHMENT)) {
            String key = String.valueOf(id);
            var state = failures.stateOf(IntakeFailures.Kind.ATTACHMENT_TEXT, key);
            if (state.isPresent() && (state.get() == IntakeFailures.State.DEAD
                    || state.get() == IntakeFailures.State.HANDLED)) {
                continue;
            }
            try {
                queries.attachment(caseId, id).ifPresent(file -> extractOne(caseNumber, file));
                if (state.isPresent()) {
                    failures.succeeded(IntakeFailures.Kind.ATTACHMENT_TEXT, key);
                }
            } catch (RuntimeException e) {
                log.warn("Text of attachment {} of a case not extracted: {}", id, IntakeFailures.reasonOf(e));
                failures.failed(IntakeFailures.Kind.ATTACHMENT_TEXT, key, caseNumber, e);
            }
        }
    }

    /** Tries again the attachments whose extraction failed (or that an administrator retried); returns how many cases. */
    int retryFailed() {
        var cases = failures.due(IntakeFailures.Kind.ATTACHMENT_TEXT, 100).stream()
                .map(IntakeFailures.Failure::caseNumber)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        for (String caseNumber : cases) {
            queries.idOf(caseNumber).ifPresent(id -> MailActor.run(() -> extract(id, caseNumber)));
        }
        return cases.size();
    }

    private void extractOne(String caseNumber, AttachmentContent file) {
        String type = file.contentType();
        boolean image = type.startsWith("image/");
        String text = image ? "" : attachmentText.extract(file.content(), type);
        if (image || ("application/pdf".equals(type) && ScannedPages.lacksTextLayer(text))) {
            String recognised = recognise(file.content(), image);
            if (!recognised.isBlank()) {
                searchText.append(caseNumber, file.id(), TextSource.OCR, recognised);
            }
        }
        // Written last: it marks the attachment as done, so an interrupted run starts this file again.
        searchText.append(caseNumber, file.id(), TextSource.ATTACHMENT, text);
    }

    private String recognise(byte[] content, boolean image) {
        List<byte[]> pages;
        if (image) {
            pages = List.of(content);
        } else {
            try {
                pages = ScannedPages.render(content, ocr.maxPages(), ocr.dpi());
            } catch (IOException | RuntimeException e) {
                log.warn("A scanned PDF could not be rendered for recognition: {}", e.getClass().getSimpleName());
                return "";
            }
        }
        List<String> texts = new ArrayList<>();
        for (byte[] page : pages) {
            texts.add(recognition.recognise(page));
        }
        return String.join("\n\n", texts).strip();
    }
}
