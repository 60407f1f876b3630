package nl.meldpunt.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a case is about, through the API: providers (linked to the register), professionals, products. */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}/subjects")
@Tag(name = "Cases")
class SubjectApi {

    private final CaseSubjects subjects;
    private final CaseQueries queries;

    SubjectApi(CaseSubjects subjects, CaseQueries queries) {
        this.subjects = subjects;
        this.queries = queries;
    }

    record SubjectRequest(
            @NotNull SubjectType type,
            @Size(max = 300) String name,
            @Size(max = 200) String place,
            @Size(max = 20) String kvkNumber,
            @Size(max = 20) String establishmentNumber,
            @Size(max = 20) String bigNumber,
            CaseSubject.ProductKind productKind,
            @Size(max = 40) String registrationNumber,
            @Size(max = 100) String udiDi,
            @Size(max = 100) String lotNumber,
            Long providerId,
            @Size(max = 2000) String reason) {

        SubjectInput input() {
            return new SubjectInput(type, name, place, kvkNumber, establishmentNumber, bigNumber, productKind,
                    registrationNumber, udiDi, lotNumber, providerId);
        }
    }

    @GetMapping
    @Operation(summary = "The case's subjects, with the provider-register entry each provider is linked to")
    List<CaseSubject> list(@PathVariable String caseNumber) {
        return subjects.forCase(caseId(caseNumber));
    }

    @PostMapping
    @Operation(summary = "Add a provider, professional (BIG number eleven-checked) or product (medicine with RVG/EU "
            + "number, device with UDI-DI and lot); a provider without providerId is linked to the best register match")
    ResponseEntity<CaseSubject> add(@PathVariable String caseNumber, @Valid @RequestBody SubjectRequest request) {
        CaseSubject added = subjects.add(caseNumber, request.input(), request.reason());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/subjects/" + added.id()))
                .body(added);
    }

    @PutMapping("/{subjectId}")
    @Operation(summary = "Change a subject (send all fields)")
    CaseSubject change(@PathVariable String caseNumber, @PathVariable long subjectId,
            @Valid @RequestBody SubjectRequest request) {
        return subjects.change(caseNumber, subjectId, request.input(), request.reason());
    }

    @DeleteMapping("/{subjectId}")
    @Operation(summary = "Remove a subject")
    ResponseEntity<Void> remove(@PathVariable String caseNumber, @PathVariable long subjectId,
            @RequestParam(required = false) @Size(max = 2000) String reason) {
        subjects.remove(caseNumber, subjectId, reason);
        return ResponseEntity.noContent().build();
    }

    private long caseId(String caseNumber) {
        return queries.requireId(caseNumber);
    }
}
