package nl.meldpunt.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Related cases and merging a duplicate, through the API. */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}")
@Tag(name = "Cases")
class LinkApi {

    private final CaseLinks links;
    private final CaseQueries queries;

    LinkApi(CaseLinks links, CaseQueries queries) {
        this.links = links;
        this.queries = queries;
    }

    record LinkRequest(@NotBlank @Size(max = 20) String otherCaseNumber, @NotNull LinkType type,
            @Size(max = 2000) String reason) {}

    record MergeRequest(@NotBlank @Size(max = 20) String intoCaseNumber, @Size(max = 2000) String reason) {}

    @GetMapping("/links")
    @Operation(summary = "Related cases, seen from this case (outgoing: this case follows up or was merged into it)")
    List<CaseLink> list(@PathVariable String caseNumber) {
        return links.forCase(queries.requireId(caseNumber));
    }

    @PostMapping("/links")
    @Operation(summary = "Link to a related case: SAME_PROVIDER, SAME_EVENT or FOLLOW_UP (this case follows up the other)")
    ResponseEntity<CaseLink> link(@PathVariable String caseNumber, @Valid @RequestBody LinkRequest request) {
        return ResponseEntity.status(201)
                .body(links.link(caseNumber, request.otherCaseNumber(), request.type(), request.reason()));
    }

    @DeleteMapping("/links/{linkId}")
    @Operation(summary = "Remove a link (not a merge)")
    ResponseEntity<Void> unlink(@PathVariable String caseNumber, @PathVariable long linkId,
            @RequestParam(required = false) @Size(max = 2000) String reason) {
        links.unlink(caseNumber, linkId, reason);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/merge")
    @Operation(summary = "Merge this case (a duplicate) into another: everything moves, this case is closed and points "
            + "to the other. Refused into itself (merge-into-itself), into a closed or merged case "
            + "(merge-into-closed-case), or when this case was merged already (case-already-merged)")
    Map<String, String> merge(@PathVariable String caseNumber, @Valid @RequestBody MergeRequest request) {
        links.merge(caseNumber, request.intoCaseNumber(), request.reason());
        return Map.of("caseNumber", caseNumber, "mergedInto", request.intoCaseNumber());
    }
}
