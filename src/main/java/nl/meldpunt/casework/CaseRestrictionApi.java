package nl.meldpunt.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.meldpunt.platform.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Restricting a case to named people (seniors and administrators; see AccessRules). */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}/restriction")
@Tag(name = "Cases")
class CaseRestrictionApi {

    private final CaseRestrictions restrictions;

    CaseRestrictionApi(CaseRestrictions restrictions) {
        this.restrictions = restrictions;
    }

    record RestrictionRequest(@NotBlank @Size(max = 2000) String reason,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") String> members) {}

    record LiftRequest(@NotBlank @Size(max = 2000) String reason) {}

    @GetMapping
    @Operation(summary = "Whether the case is restricted, why, and to whom")
    CaseRestrictions.Restriction get(@PathVariable String caseNumber) {
        return restrictions.of(caseNumber).orElseThrow(() -> new NotFound("Restriction"));
    }

    @PutMapping
    @Operation(summary = "Restrict the case to the named users (you are always named); a reason is required")
    CaseRestrictions.Restriction restrict(@PathVariable String caseNumber,
            @Valid @RequestBody RestrictionRequest request) {
        return restrictions.restrict(caseNumber, request.reason(), request.members());
    }

    @PostMapping("/lift")
    @Operation(summary = "Lift the restriction; a reason is required")
    void lift(@PathVariable String caseNumber, @Valid @RequestBody LiftRequest request) {
        restrictions.lift(caseNumber, request.reason());
    }
}
