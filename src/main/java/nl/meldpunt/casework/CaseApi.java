package nl.meldpunt.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases for staff and systems: read one, search, classify, change status, history. */
@RestController
@RequestMapping("/api/v1/cases")
@Validated
@Tag(name = "Cases")
class CaseApi {

    private final CaseQueries queries;
    private final CaseEditing editing;
    private final nl.meldpunt.platform.AccessLog accessLog;

    CaseApi(CaseQueries queries, CaseEditing editing, nl.meldpunt.platform.AccessLog accessLog) {
        this.queries = queries;
        this.editing = editing;
        this.accessLog = accessLog;
    }

    @GetMapping("/{caseNumber}")
    @Operation(summary = "One case; the reporter's details only for roles that handle cases")
    CaseView get(@PathVariable String caseNumber) {
        return queries.require(caseNumber, mayViewReporter());
    }

    @GetMapping
    @Operation(summary = "Search cases, newest first; q is Dutch full text over the text and subject names")
    CasePage search(
            @RequestParam(required = false) @Size(max = 500) String q,
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) @Size(max = 40) String kind,
            @RequestParam(required = false) @Size(max = 40) String sector,
            @RequestParam(required = false) @Size(max = 40) String urgency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        CasePage result = queries.search(new CaseFilter(q, status, channel, kind, sector, urgency, from, to, null),
                page, size);
        accessLog.recordResults(result.items().stream().map(CaseSummary::caseNumber).toList());
        return result;
    }

    @GetMapping("/{caseNumber}/history")
    @Operation(summary = "The case's history: who did what, when and why")
    List<HistoryEntry> history(@PathVariable String caseNumber) {
        long id = queries.requireId(caseNumber);
        return queries.history(id);
    }

    record ClassificationRequest(
            @NotNull Long version,
            @Size(max = 40) String kind,
            @Size(max = 40) String reporterType,
            @Size(max = 40) String sector,
            @Size(max = 40) String urgency,
            @Size(max = 12) List<@NotBlank @Size(max = 40) String> themes,
            @Size(max = 2000) String inspectorSummary,
            @Size(max = 2000) String reason) {}

    record VersionResponse(String caseNumber, long version) {}

    @PutMapping("/{caseNumber}/classification")
    @Operation(summary = "Set kind, reporter type, sector, urgency, themes and inspector summary; "
            + "send the version you read (409 when someone else changed the case)")
    ResponseEntity<VersionResponse> classify(@PathVariable String caseNumber,
            @Valid @RequestBody ClassificationRequest request) {
        long version = editing.classify(caseNumber, request.version(),
                new Classification(request.kind(), request.reporterType(), request.sector(), request.urgency(),
                        request.themes(), request.inspectorSummary()),
                request.reason());
        return ResponseEntity.ok(new VersionResponse(caseNumber, version));
    }

    record StatusRequest(@NotNull Long version, @NotNull CaseStatus status, @Size(max = 2000) String reason) {}

    @PutMapping("/{caseNumber}/status")
    @Operation(summary = "Move the case to another status (only the transitions the lifecycle allows)")
    VersionResponse changeStatus(@PathVariable String caseNumber, @Valid @RequestBody StatusRequest request) {
        LifecycleRules.requireSettableByHand(request.status());
        long version = editing.changeStatus(caseNumber, request.version(), request.status(), request.reason());
        return new VersionResponse(caseNumber, version);
    }

    static boolean mayViewReporter() {
        return CurrentUser.hasAnyRole(Role.INTAKE, Role.SENIOR, Role.ADMIN);
    }
}
