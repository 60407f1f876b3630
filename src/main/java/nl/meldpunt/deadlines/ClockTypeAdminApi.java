package nl.meldpunt.deadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators maintain the clock types (reference data). Running clocks keep the settings they started with. */
@RestController
@RequestMapping("/api/v1/admin/clock-types")
@Tag(name = "Clock types")
class ClockTypeAdminApi {

    private final ClockTypes types;

    ClockTypeAdminApi(ClockTypes types) {
        this.types = types;
    }

    @GetMapping
    @Operation(summary = "All clock types, retired ones included")
    List<ClockType> all() {
        return types.all();
    }

    record ClockTypeRequest(
            @NotBlank @Size(max = 200) String labelNl,
            @NotBlank @Size(max = 200) String labelEn,
            @NotNull Party party,
            @NotNull ClockUnit unit,
            @NotNull CalendarType calendar,
            @NotBlank @Size(max = 20) String length,
            @Size(max = 20) String maxExtension,
            @Min(0) @Max(10) int maxExtensions,
            @Min(0) @Max(10_000) int sortOrder,
            boolean retired) {}

    @PutMapping("/{code}")
    @Operation(summary = "Add or change a clock type")
    ResponseEntity<Void> save(@PathVariable @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String code,
            @Valid @RequestBody ClockTypeRequest r) {
        types.save(new ClockType(code, r.labelNl(), r.labelEn(), r.party(), r.unit(), r.calendar(), r.length(),
                r.maxExtension(), r.maxExtensions(), r.sortOrder(), r.retired()));
        return ResponseEntity.noContent().build();
    }
}
