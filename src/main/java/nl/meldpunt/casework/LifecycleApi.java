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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case handling after triage through the API, with the same rules as the pages: every request carries the version
 * the client read (a stale one is a 409), and a broken rule answers a problem whose type names it.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}")
@Tag(name = "Case handling")
class LifecycleApi {

    private final CaseLifecycle lifecycle;
    private final ProviderComplaints providerComplaints;
    private final InspectorForwarding forwarding;

    LifecycleApi(CaseLifecycle lifecycle, ProviderComplaints providerComplaints, InspectorForwarding forwarding) {
        this.lifecycle = lifecycle;
        this.providerComplaints = providerComplaints;
        this.forwarding = forwarding;
    }

    record VersionResponse(String caseNumber, long version) {}

    @GetMapping("/handling")
    @Operation(summary = "Where handling stands: closure, provider complaint, consultations, forwarding, callbacks")
    CaseHandling handling(@PathVariable String caseNumber) {
        return lifecycle.handling(caseNumber);
    }

    record ClosureRequest(@NotNull Long version, @NotBlank @Size(max = 40) String outcome,
            @Size(max = 4000) String note) {}

    @PostMapping("/closure")
    @Operation(summary = "Close the case with an outcome (reference list CLOSURE_OUTCOME) and an optional note")
    VersionResponse close(@PathVariable String caseNumber, @Valid @RequestBody ClosureRequest r) {
        return new VersionResponse(caseNumber, lifecycle.close(caseNumber, r.version(), r.outcome(), r.note()));
    }

    record ReopenRequest(@NotNull Long version, @Size(max = 4000) String reason) {}

    @PostMapping("/reopen")
    @Operation(summary = "Reopen a closed case; a reason is required (problem reopen-requires-reason)")
    VersionResponse reopen(@PathVariable String caseNumber, @Valid @RequestBody ReopenRequest r) {
        return new VersionResponse(caseNumber, lifecycle.reopen(caseNumber, r.version(), r.reason()));
    }

    record ProviderComplaintRequest(@NotNull Long version, @NotNull LocalDate filedOn) {}

    @PostMapping("/provider-complaint")
    @Operation(summary = "The citizen filed the complaint with the provider: starts the provider's Wkkgz term")
    VersionResponse providerComplaintFiled(@PathVariable String caseNumber,
            @Valid @RequestBody ProviderComplaintRequest r) {
        return new VersionResponse(caseNumber, providerComplaints.filed(caseNumber, r.version(), r.filedOn()));
    }

    record ExtensionRequest(@NotNull Long version, @NotNull @Min(1) @Max(4) Integer weeks,
            @NotBlank @Size(max = 4000) String reason) {}

    @PostMapping("/provider-complaint/extension")
    @Operation(summary = "The provider extended its term (once, at most 4 weeks, with a reason)")
    VersionResponse providerComplaintExtended(@PathVariable String caseNumber,
            @Valid @RequestBody ExtensionRequest r) {
        return new VersionResponse(caseNumber,
                providerComplaints.extended(caseNumber, r.version(), r.weeks(), r.reason()));
    }

    record AnswerRequest(@NotNull Long version, @NotNull LocalDate answeredOn, @Size(max = 4000) String summary) {}

    @PostMapping("/provider-complaint/answer")
    @Operation(summary = "The provider's answer to the complaint: completes the provider's term")
    VersionResponse providerComplaintAnswered(@PathVariable String caseNumber, @Valid @RequestBody AnswerRequest r) {
        return new VersionResponse(caseNumber,
                providerComplaints.answered(caseNumber, r.version(), r.answeredOn(), r.summary()));
    }

    record ConsultationRequest(@NotNull Long version, @NotNull LocalDate consultedOn, @NotNull ContactMedium medium,
            @NotBlank @Size(max = 4000) String summary, @NotNull Boolean agreesToForwarding) {}

    @PostMapping("/consultations")
    @Operation(summary = "Record a consultation with the citizen, and whether they agree to forwarding")
    VersionResponse consult(@PathVariable String caseNumber, @Valid @RequestBody ConsultationRequest r) {
        return new VersionResponse(caseNumber, forwarding.consult(caseNumber, r.version(),
                new NewConsultation(r.consultedOn(), r.medium(), r.summary(), r.agreesToForwarding())));
    }

    record ForwardingRequest(@NotNull Long version, @NotBlank @Size(max = 4000) String motivation,
            @NotBlank @Size(max = 40) String urgency, @NotBlank @Size(max = 50) String targetTeam) {}

    @PostMapping("/forwarding")
    @Operation(summary = "Forward the case to an inspector (needs the citizen's consent or, when the citizen cannot "
            + "be consulted, a senior); starts the inspector-decision clock")
    VersionResponse forward(@PathVariable String caseNumber, @Valid @RequestBody ForwardingRequest r) {
        return new VersionResponse(caseNumber,
                forwarding.forward(caseNumber, r.version(), r.motivation(), r.urgency(), r.targetTeam()));
    }

    record VersionOnly(@NotNull Long version) {}

    @PostMapping("/inspector-decision/acceptance")
    @Operation(summary = "Inspector: accept the forwarded case")
    VersionResponse accept(@PathVariable String caseNumber, @Valid @RequestBody VersionOnly r) {
        return new VersionResponse(caseNumber, forwarding.accept(caseNumber, r.version()));
    }

    record ReturnRequest(@NotNull Long version, @NotBlank @Size(max = 4000) String reason) {}

    @PostMapping("/inspector-decision/return")
    @Operation(summary = "Inspector: return the forwarded case to Meldpunt, with a reason")
    VersionResponse giveBack(@PathVariable String caseNumber, @Valid @RequestBody ReturnRequest r) {
        return new VersionResponse(caseNumber, forwarding.giveBack(caseNumber, r.version(), r.reason()));
    }

    record DecisionRequest(@NotNull Long version, @NotNull InspectorDecision decision,
            @NotBlank @Size(max = 4000) String motivation) {}

    @PostMapping("/inspector-decision")
    @Operation(summary = "Inspector: decide INVESTIGATE (the case is then monitored), NO_INVESTIGATION or "
            + "OTHER_MEASURE, with a motivation")
    VersionResponse decide(@PathVariable String caseNumber, @Valid @RequestBody DecisionRequest r) {
        return new VersionResponse(caseNumber,
                forwarding.decide(caseNumber, r.version(), r.decision(), r.motivation()));
    }

    record InvestigationResultRequest(@NotNull Long version, @NotBlank @Size(max = 4000) String result,
            @NotNull LocalDate citizenInformedOn) {}

    @PostMapping("/investigation-result")
    @Operation(summary = "The monitored investigation's result and the day the citizen was informed: ends monitoring")
    VersionResponse investigationResult(@PathVariable String caseNumber,
            @Valid @RequestBody InvestigationResultRequest r) {
        return new VersionResponse(caseNumber, forwarding.recordInvestigationResult(caseNumber, r.version(),
                r.result(), r.citizenInformedOn()));
    }
}
