package nl.meldpunt.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Other persons involved in a case (personal data: case handlers only, see AccessRules). */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}/parties")
@Tag(name = "Cases")
class PartyApi {

    private final CaseParties parties;
    private final CaseQueries queries;

    PartyApi(CaseParties parties, CaseQueries queries) {
        this.parties = parties;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Persons involved besides the reporter: patient, relative, representative, witness")
    List<CaseParty> list(@PathVariable String caseNumber) {
        return parties.forCase(queries.requireId(caseNumber));
    }

    @PostMapping
    @Operation(summary = "Add a person involved")
    ResponseEntity<CaseParty> add(@PathVariable String caseNumber, @Valid @RequestBody PartyInput party,
            @RequestParam(required = false) @Size(max = 2000) String reason) {
        CaseParty added = parties.add(caseNumber, party, reason);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/parties/" + added.id()))
                .body(added);
    }

    @PutMapping("/{partyId}")
    @Operation(summary = "Change a person involved")
    CaseParty change(@PathVariable String caseNumber, @PathVariable long partyId,
            @Valid @RequestBody PartyInput party, @RequestParam(required = false) @Size(max = 2000) String reason) {
        return parties.change(caseNumber, partyId, party, reason);
    }

    @DeleteMapping("/{partyId}")
    @Operation(summary = "Remove a person involved")
    ResponseEntity<Void> remove(@PathVariable String caseNumber, @PathVariable long partyId,
            @RequestParam(required = false) @Size(max = 2000) String reason) {
        parties.remove(caseNumber, partyId, reason);
        return ResponseEntity.noContent().build();
    }
}
