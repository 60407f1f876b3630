package nl.meldpunt.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Adding a file to a case after intake, through the API (same checks as intake, plus the virus scan). */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}/attachments")
@Tag(name = "Cases")
class AttachmentApi {

    private final CaseAttachments attachments;

    AttachmentApi(CaseAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a file (PDF, JPEG, PNG, DOCX, EML; at most 10 MB); refused files answer 422 "
            + "attachment-empty, attachment-too-large, attachment-type-not-allowed or attachment-infected")
    ResponseEntity<Void> upload(@PathVariable String caseNumber, @RequestPart("file") MultipartFile file)
            throws IOException {
        if (file == null) {
            throw InvalidInput.of("file", "Required.");
        }
        attachments.upload(caseNumber, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(201).build();
    }
}
