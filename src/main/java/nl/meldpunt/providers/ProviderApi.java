package nl.meldpunt.providers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import nl.meldpunt.platform.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The provider register through the API. */
@RestController
@RequestMapping("/api/v1/providers")
@Validated
@Tag(name = "Providers")
class ProviderApi {

    private final ProviderRegister register;

    ProviderApi(ProviderRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Search the register: a name (typos allowed, best first), a KvK number or AGB code (8 digits) "
            + "or an establishment number (12 digits)")
    List<Provider> search(@RequestParam(required = false) @Size(max = 300) String q,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return register.search(q, limit);
    }

    @GetMapping("/matches")
    @Operation(summary = "Register entries like a provider as typed on a case, most alike first; "
            + "score >= 0.6 (or an identifier match) links automatically")
    List<ProviderMatch> matches(@RequestParam @Size(min = 1, max = 300) String name,
            @RequestParam(required = false) @Size(max = 200) String place,
            @RequestParam(required = false) @Size(max = 8) String kvkNumber) {
        var best = register.bestMatch(name, place, kvkNumber, null);
        if (best.isPresent() && best.get().matchedBy() != ProviderMatch.MatchedBy.NAME) {
            return List.of(best.get());
        }
        return register.candidates(name, place, 10);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One register entry")
    Provider get(@PathVariable long id) {
        return register.find(id).orElseThrow(() -> new NotFound("Provider " + id));
    }

    @PostMapping
    @Operation(summary = "Add a provider; KvK (with establishment) and AGB are unique (409 provider-already-registered)")
    ResponseEntity<Provider> create(@Valid @RequestBody NewProvider provider) {
        Provider created = register.create(provider);
        return ResponseEntity.created(URI.create("/api/v1/providers/" + created.id())).body(created);
    }

    record UpdateRequest(@NotNull Long version, @NotNull @Valid NewProvider provider) {}

    @PutMapping("/{id}")
    @Operation(summary = "Change a provider; send the version you read (409 when someone else changed it)")
    Provider update(@PathVariable long id, @Valid @RequestBody UpdateRequest request) {
        return register.update(id, request.version(), request.provider());
    }
}
