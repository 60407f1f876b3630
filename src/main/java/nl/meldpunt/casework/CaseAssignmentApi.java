package nl.meldpunt.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** (Re)assigning a case to a team and a person: seniors and administrators. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases")
class CaseAssignmentApi {

    private final CaseAssignment assignment;

    CaseAssignmentApi(CaseAssignment assignment) {
        this.assignment = assignment;
    }

    record AssignmentRequest(@NotBlank @Size(max = 50) String team, @Size(max = 100) String assignee,
            @Size(max = 2000) String reason) {}

    record AssignmentResponse(String caseNumber, String team, String assignee) {}

    @PostMapping("/{caseNumber}/assignment")
    @Operation(summary = "Assign the case to a team and optionally one staff member; recorded in the history")
    AssignmentResponse assign(@PathVariable String caseNumber, @Valid @RequestBody AssignmentRequest request) {
        assignment.assign(caseNumber, request.team(), request.assignee(), request.reason());
        // Not read back: after a move to another team the senior may no longer see the case (need-to-know).
        return new AssignmentResponse(caseNumber, request.team().strip(),
                request.assignee() == null || request.assignee().isBlank() ? null : request.assignee().strip());
    }
}
