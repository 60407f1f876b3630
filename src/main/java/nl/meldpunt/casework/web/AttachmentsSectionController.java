package nl.meldpunt.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.meldpunt.casework.AttachmentContent;
import nl.meldpunt.casework.AttachmentPolicy;
import nl.meldpunt.casework.AttachmentRefused;
import nl.meldpunt.casework.CaseAttachments;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseView;
import nl.meldpunt.platform.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case-page section "Bijlagen": upload after intake (same checks as intake, then the virus scan), download, and a
 * preview of images and PDFs in the page. Every download and preview is in the history.
 */
@Controller
class AttachmentsSectionController {

    static final String TEMPLATE = "casework/attachments";

    /** Types shown in the page: images in an img, PDF in an iframe. Never anything a browser would run. */
    static final Set<String> PREVIEWABLE = Set.of("image/jpeg", "image/png", "application/pdf");

    private final CaseQueries queries;
    private final CaseAttachments attachments;

    AttachmentsSectionController(CaseQueries queries, CaseAttachments attachments) {
        this.queries = queries;
        this.attachments = attachments;
    }

    @GetMapping("/zaken/{caseNumber}/bijlagen")
    String show(@PathVariable String caseNumber, HttpServletRequest request, Model model) {
        return Sections.render(TEMPLATE, request, fill(caseNumber, model));
    }

    @PostMapping("/zaken/{caseNumber}/bijlagen")
    String upload(@PathVariable String caseNumber, @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            attachments.upload(caseNumber, file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes());
        } catch (AttachmentRefused e) {
            Sections.failed(request, response, 422);
            model.addAttribute("uploadMessage", "parties.attachment." + e.reason().name());
            return Sections.render(TEMPLATE, request, fill(caseNumber, model));
        }
        if (Sections.fromHtmx(request)) {
            fill(caseNumber, model);
        }
        return Sections.done(TEMPLATE, "/zaken/" + caseNumber + "/bijlagen", request, model, redirect,
                "parties.attachment.added");
    }

    /** The preview of one attachment (htmx): an image or the PDF in a frame, from {@link #inline}. */
    @GetMapping("/zaken/{caseNumber}/bijlagen/{attachmentId}/voorbeeld")
    String preview(@PathVariable String caseNumber, @PathVariable long attachmentId, Model model) {
        CaseView c = load(caseNumber);
        CaseView.AttachmentView a = c.attachments().stream().filter(x -> x.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFound("File"));
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("a", a);
        model.addAttribute("previewable", PREVIEWABLE.contains(a.contentType()));
        return TEMPLATE + " :: preview";
    }

    /** The file itself for viewing in the page: inline, its real type, framable by Meldpunt's own pages only. */
    @GetMapping("/zaken/{caseNumber}/bijlagen/{attachmentId}/weergave")
    ResponseEntity<byte[]> inline(@PathVariable String caseNumber, @PathVariable long attachmentId) {
        long caseId = queries.requireId(caseNumber);
        AttachmentContent file = queries.attachment(caseId, attachmentId).orElseThrow(() -> new NotFound("File"));
        if (!PREVIEWABLE.contains(file.contentType())) {
            throw new NotFound("Preview");
        }
        String filename = AttachmentPolicy.safeFilename(file.filename(), file.contentType());
        attachments.recordView(caseId, attachmentId, filename);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; frame-ancestors 'self'")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }

    private Model fill(String caseNumber, Model model) {
        CaseView c = load(caseNumber);
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("attachments", c.attachments());
        model.addAttribute("previewable", PREVIEWABLE);
        model.addAttribute("mayEdit", PartiesSectionController.mayViewParties());
        return model;
    }

    private CaseView load(String caseNumber) {
        return queries.require(caseNumber, false);
    }
}
