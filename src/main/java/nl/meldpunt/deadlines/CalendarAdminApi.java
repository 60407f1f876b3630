package nl.meldpunt.deadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators open or close days of the calendars, per year. */
@RestController
@RequestMapping("/api/v1/admin/calendar")
@Tag(name = "Calendar administration")
class CalendarAdminApi {

    private final CalendarAdmin admin;
    private final WorkingDayCalendar calendar;

    CalendarAdminApi(CalendarAdmin admin, WorkingDayCalendar calendar) {
        this.admin = admin;
        this.calendar = calendar;
    }

    @GetMapping("/{calendar}/{year}")
    @Operation(summary = "The closed weekdays (holidays) and the administrators' changes of one year")
    List<CalendarDay> year(@PathVariable CalendarType calendar, @PathVariable int year) {
        CalendarAdmin.checkYear(year);
        return this.calendar.exceptions(calendar, year);
    }

    record DayChange(@NotNull Boolean working, @NotBlank @Size(max = 500) String reason) {}

    @PutMapping("/{calendar}/days/{day}")
    @Operation(summary = "Make a day a working day (working=true) or a closed day (working=false), with a reason")
    ResponseEntity<Void> change(@PathVariable CalendarType calendar,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @Valid @RequestBody DayChange change) {
        admin.change(calendar, day, change.working(), change.reason());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{calendar}/days/{day}")
    @Operation(summary = "Remove a change: the day follows the default calendar again")
    ResponseEntity<Void> revert(@PathVariable CalendarType calendar,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        admin.revert(calendar, day);
        return ResponseEntity.noContent().build();
    }
}
