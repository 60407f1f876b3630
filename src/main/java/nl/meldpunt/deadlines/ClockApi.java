package nl.meldpunt.deadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import nl.meldpunt.platform.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The clocks of one case: list, start, pause, resume, extend, complete, stop. Each change is in the history. */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}/clocks")
@Tag(name = "Clocks")
class ClockApi {

    private final Clocks clocks;

    ClockApi(Clocks clocks) {
        this.clocks = clocks;
    }

    @GetMapping
    @Operation(summary = "The case's clocks, open and ended")
    List<CaseClock> list(@PathVariable String caseNumber) {
        return clocks.forCase(caseNumber);
    }

    record StartRequest(@NotBlank @Size(max = 40) String type, Instant startAt, @Size(max = 2000) String reason) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a clock of a type (see /api/v1/admin/clock-types), from startAt or now")
    CaseClock start(@PathVariable String caseNumber, @Valid @RequestBody StartRequest request) {
        return clocks.start(caseNumber, request.type(), request.startAt(), request.reason());
    }

    record ChangeRequest(@Size(max = 2000) String reason) {}

    record ExtendRequest(@NotBlank @Size(max = 20) String by, @NotBlank @Size(max = 2000) String reason) {}

    @PostMapping("/{clockId}/pause")
    @Operation(summary = "Pause a running clock (reason required), e.g. waiting for the citizen or authorisation")
    CaseClock pause(@PathVariable String caseNumber, @PathVariable long clockId,
            @Valid @RequestBody ChangeRequest request) {
        check(caseNumber, clockId);
        return clocks.pause(clockId, request.reason());
    }

    @PostMapping("/{clockId}/resume")
    @Operation(summary = "Resume a paused clock; its due moment moves by the working time it was paused")
    CaseClock resume(@PathVariable String caseNumber, @PathVariable long clockId,
            @Valid @RequestBody(required = false) ChangeRequest request) {
        check(caseNumber, clockId);
        return clocks.resume(clockId, request == null ? null : request.reason());
    }

    @PostMapping("/{clockId}/extend")
    @Operation(summary = "Extend a clock by `by` (PT2H, P3D working days, P4W term) within its type's maximum")
    CaseClock extend(@PathVariable String caseNumber, @PathVariable long clockId,
            @Valid @RequestBody ExtendRequest request) {
        check(caseNumber, clockId);
        return clocks.extend(clockId, request.by(), request.reason());
    }

    @PostMapping("/{clockId}/complete")
    @Operation(summary = "The work the clock asked for is done")
    CaseClock complete(@PathVariable String caseNumber, @PathVariable long clockId,
            @Valid @RequestBody(required = false) ChangeRequest request) {
        check(caseNumber, clockId);
        return clocks.complete(clockId, request == null ? null : request.reason());
    }

    @PostMapping("/{clockId}/stop")
    @Operation(summary = "The clock no longer applies (reason required)")
    CaseClock stop(@PathVariable String caseNumber, @PathVariable long clockId,
            @Valid @RequestBody ChangeRequest request) {
        check(caseNumber, clockId);
        return clocks.stop(clockId, request.reason());
    }

    private void check(String caseNumber, long clockId) {
        CaseClock clock = clocks.get(clockId);
        if (!clock.caseNumber().equals(caseNumber)) {
            throw new NotFound("Clock " + clockId);
        }
    }
}
