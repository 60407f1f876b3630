package nl.meldpunt.triage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators: model versions (list, retrain, activate = roll back or forward) and the duty roster. */
@RestController
class TriageAdminApi {

    record RosterRequest(@NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @NotBlank @Email String inspectorEmail) {}

    private final ModelVersions versions;
    private final ActiveTriage active;
    private final DutyRoster roster;
    private final Clock clock;

    TriageAdminApi(ModelVersions versions, ActiveTriage active, DutyRoster roster, Clock clock) {
        this.versions = versions;
        this.active = active;
        this.roster = roster;
        this.clock = clock;
    }

    @GetMapping("/api/v1/admin/triage/models")
    List<ModelVersion> models() {
        return versions.all();
    }

    @PostMapping("/api/v1/admin/triage/models/retrain")
    ModelVersion retrain() {
        return active.retrain(CurrentUser.name());
    }

    @PostMapping("/api/v1/admin/triage/models/{version}/activate")
    ModelVersion activate(@PathVariable String version) {
        active.activate(version, CurrentUser.name());
        return versions.find(version).orElseThrow(() -> new NotFound("triage model version " + version));
    }

    @GetMapping("/api/v1/admin/triage/duty-roster")
    List<DutyRoster.Entry> roster() {
        return roster.from(LocalDate.now(clock.withZone(Amsterdam.ZONE)).minusDays(1));
    }

    @PostMapping("/api/v1/admin/triage/duty-roster")
    @ResponseStatus(HttpStatus.CREATED)
    DutyRoster.Entry addToRoster(@Valid @RequestBody RosterRequest request) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw InvalidInput.of("endsOn", "Must not be before startsOn.");
        }
        return roster.add(request.startsOn(), request.endsOn(), request.inspectorEmail());
    }

    @DeleteMapping("/api/v1/admin/triage/duty-roster/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeFromRoster(@PathVariable long id) {
        if (!roster.remove(id)) {
            throw new NotFound("duty roster entry " + id);
        }
    }
}
