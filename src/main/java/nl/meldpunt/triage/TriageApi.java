package nl.meldpunt.triage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.meldpunt.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Suggestions on demand and acknowledgement of acute alerts. */
@RestController
class TriageApi {

    record SuggestRequest(
            @NotBlank String text,
            @Size(max = 40) String channel,
            @Size(max = 40) String reporterType) {}

    private final TriageSuggestions suggestions;
    private final AcuteAlerts alerts;

    TriageApi(TriageSuggestions suggestions, AcuteAlerts alerts) {
        this.suggestions = suggestions;
        this.alerts = alerts;
    }

    @PostMapping("/api/v1/triage/suggest")
    Suggestion suggest(@Valid @RequestBody SuggestRequest request) {
        return suggestions.suggest(request.text(), request.channel(), request.reporterType());
    }

    @GetMapping("/api/v1/triage/acute")
    List<AcuteAlert> unacknowledged() {
        return alerts.unacknowledged();
    }

    @PostMapping("/api/v1/triage/acute/{caseId}/acknowledge")
    AcuteAlert acknowledge(@PathVariable long caseId) {
        return alerts.acknowledge(caseId, CurrentUser.name());
    }
}
