package nl.meldpunt.correspondence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.platform.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Authorisations, letters and e-mails, advice and referrals of a case through the API, with the same rules. */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}")
@Tag(name = "Correspondence")
class CorrespondenceApi {

    private final Authorisations authorisations;
    private final Correspondence correspondence;
    private final AdviceAndReferrals advice;

    CorrespondenceApi(Authorisations authorisations, Correspondence correspondence, AdviceAndReferrals advice) {
        this.authorisations = authorisations;
        this.correspondence = correspondence;
        this.advice = advice;
    }

    record AuthorisationRequest(
            @NotNull LocalDate givenOn,
            @NotNull DisclosureScope scope,
            @NotNull AuthorisationForm form,
            @Size(max = 255) String documentFilename,
            byte[] document,
            @Size(max = 4000) String note) {}

    @PostMapping("/authorisations")
    @Operation(summary = "Record the citizen's authorisation to disclose name and/or complaint to the provider; "
            + "a SIGNED_DOCUMENT brings the file (base64), a VERBAL one a note")
    ResponseEntity<Authorisation> authorise(@PathVariable String caseNumber,
            @Valid @RequestBody AuthorisationRequest r) {
        CaseNumber number = number(caseNumber);
        Authorisation a = authorisations.record(number, new NewAuthorisation(r.givenOn(), r.scope(), r.form(),
                r.documentFilename(), r.document(), r.note()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/authorisations/" + a.id()))
                .body(a);
    }

    @GetMapping("/authorisations")
    @Operation(summary = "The case's authorisations, oldest first, revoked ones included")
    List<Authorisation> authorisations(@PathVariable String caseNumber) {
        return authorisations.forCase(number(caseNumber));
    }

    record RevocationRequest(@NotNull LocalDate revokedOn, @NotNull @Size(min = 1, max = 4000) String reason) {}

    @PostMapping("/authorisations/{id}/revocation")
    @Operation(summary = "The citizen withdraws an authorisation; from then on it allows no disclosure")
    Authorisation revoke(@PathVariable String caseNumber, @PathVariable long id,
            @Valid @RequestBody RevocationRequest r) {
        return authorisations.revoke(number(caseNumber), id, r.revokedOn(), r.reason());
    }

    @GetMapping("/authorisations/{id}/document")
    @Operation(summary = "The signed authorisation document")
    ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable long id) {
        Authorisations.Document d = authorisations.document(number(caseNumber), id)
                .orElseThrow(() -> new NotFound("Document"));
        return download(d.content(), d.contentType(), d.filename());
    }

    record CorrespondenceRequest(
            @NotNull @Size(max = 40) String template,
            @Size(max = 2) String language,
            @NotNull Medium medium,
            @NotNull RecipientKind recipient,
            @Size(max = 300) String recipientName,
            @Size(max = 1000) String recipientAddress,
            @Size(max = 40) String organisation,
            @Size(max = 8000) String advice) {

        Composition composition(CaseNumber caseNumber) {
            return new Composition(caseNumber, template, language == null ? "nl" : language, medium, recipient,
                    recipientName, recipientAddress, organisation, advice);
        }
    }

    @PostMapping("/correspondence/preview")
    @Operation(summary = "Compose without sending: the text, what it would disclose, and the rule refusing it")
    Draft preview(@PathVariable String caseNumber, @Valid @RequestBody CorrespondenceRequest r) {
        return correspondence.preview(r.composition(number(caseNumber)));
    }

    @PostMapping("/correspondence")
    @Operation(summary = "Send a letter (PDF) or e-mail from a template; refused with "
            + "disclosure-requires-authorisation or authorisation-revoked when it would reveal the citizen "
            + "to the provider without a standing authorisation")
    ResponseEntity<SentItem> send(@PathVariable String caseNumber, @Valid @RequestBody CorrespondenceRequest r) {
        SentItem sent = correspondence.send(r.composition(number(caseNumber)));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/correspondence/" + sent.id()))
                .body(sent);
    }

    @GetMapping("/correspondence")
    @Operation(summary = "Every letter and e-mail sent on the case, oldest first")
    List<SentItem> sent(@PathVariable String caseNumber) {
        return correspondence.forCase(number(caseNumber));
    }

    @GetMapping("/correspondence/{id}")
    SentItem one(@PathVariable String caseNumber, @PathVariable long id) {
        return correspondence.get(number(caseNumber), id);
    }

    @GetMapping("/correspondence/{id}/pdf")
    @Operation(summary = "The PDF of a sent letter")
    ResponseEntity<byte[]> pdf(@PathVariable String caseNumber, @PathVariable long id) {
        CaseNumber number = number(caseNumber);
        byte[] pdf = correspondence.pdf(number, id).orElseThrow(() -> new NotFound("PDF of letter " + id));
        return download(pdf, MediaType.APPLICATION_PDF_VALUE, caseNumber + "-" + id + ".pdf");
    }

    record AdviceRequest(@Size(max = 20) List<@Size(max = 40) String> snippets, @Size(max = 4000) String text) {}

    @PostMapping("/advice")
    @Operation(summary = "Record advice given: standard snippets and/or free text")
    ResponseEntity<GivenAdvice> giveAdvice(@PathVariable String caseNumber, @Valid @RequestBody AdviceRequest r) {
        GivenAdvice given = advice.giveAdvice(number(caseNumber), r.snippets(), r.text());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/advice/" + given.id()))
                .body(given);
    }

    @GetMapping("/advice")
    List<GivenAdvice> advice(@PathVariable String caseNumber) {
        return advice.advice(number(caseNumber));
    }

    record ReferralRequest(@NotNull @Size(max = 40) String organisation, @Size(max = 4000) String note) {}

    @PostMapping("/referrals")
    @Operation(summary = "Refer the citizen to an organisation from the catalogue; send the REFERRAL template "
            + "with organisation set to tell them")
    ResponseEntity<Referral> refer(@PathVariable String caseNumber, @Valid @RequestBody ReferralRequest r) {
        Referral referral = advice.refer(number(caseNumber), r.organisation(), r.note());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/referrals/" + referral.id()))
                .body(referral);
    }

    @GetMapping("/referrals")
    List<Referral> referrals(@PathVariable String caseNumber) {
        return advice.referrals(number(caseNumber));
    }

    static CaseNumber number(String value) {
        if (!CaseNumber.isValid(value)) {
            throw new NotFound("Case " + value);
        }
        return new CaseNumber(value);
    }

    static ResponseEntity<byte[]> download(byte[] content, String contentType, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
