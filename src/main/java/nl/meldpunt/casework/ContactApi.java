package nl.meldpunt.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The contact log of a case through the API. */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}/contacts")
@Tag(name = "Cases")
class ContactApi {

    private final ContactLog contacts;
    private final CaseQueries queries;

    ContactApi(ContactLog contacts, CaseQueries queries) {
        this.contacts = contacts;
        this.queries = queries;
    }

    record ContactRequest(
            Instant occurredAt,
            @NotNull ContactMedium medium,
            @NotNull ContactDirection direction,
            ContactOutcome outcome,
            @Min(0) @Max(86_400) Integer durationSeconds,
            @Size(max = 4000) String summary) {}

    @PostMapping
    @Operation(summary = "Log a call (also one nobody answered), e-mail, letter or note; reaching the person "
            + "completes the callback clock")
    ResponseEntity<Contact> log(@PathVariable String caseNumber, @Valid @RequestBody ContactRequest request) {
        Contact logged = contacts.log(caseNumber, new NewContact(request.occurredAt(), request.medium(),
                request.direction(), request.outcome(), request.durationSeconds(), request.summary()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/contacts/" + logged.id()))
                .body(logged);
    }

    @GetMapping
    @Operation(summary = "The contact log of the case, oldest first")
    List<Contact> list(@PathVariable String caseNumber) {
        long id = queries.requireId(caseNumber);
        return contacts.forCase(id);
    }
}
