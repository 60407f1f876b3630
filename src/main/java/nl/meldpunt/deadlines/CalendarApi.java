package nl.meldpunt.deadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Working-day arithmetic for staff, other systems and checks. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar")
class CalendarApi {

    /** About ten years of working days. */
    static final int MAX_DAYS = 2610;

    private final WorkingDayCalendar calendar;

    CalendarApi(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    record DateResponse(LocalDate date) {}

    record MomentResponse(Instant moment) {}

    @GetMapping("/add-working-days")
    @Operation(summary = "The date reached after counting `days` working days after `from` (from not counted)")
    DateResponse addWorkingDays(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @Min(0) @Max(MAX_DAYS) int days,
            @RequestParam(defaultValue = "OFFICE") CalendarType calendar) {
        checkInRange("from", from);
        LocalDate date = this.calendar.addWorkingDays(calendar, from, days);
        checkInRange("days", date);
        return new DateResponse(date);
    }

    @GetMapping("/term-end")
    @Operation(summary = "Last day of a statutory term (Algemene termijnenwet) of an ISO-8601 period (P3D, P6W, P1M) "
            + "that starts the day after `from`")
    DateResponse termEnd(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam String period) {
        checkInRange("from", from);
        Period term = period(period);
        LocalDate end = calendar.termEnd(from, term);
        checkInRange("period", end);
        return new DateResponse(end);
    }

    @GetMapping("/working-days")
    @Operation(summary = "The working days from `from` to `to`, both included (at most ten years)")
    List<LocalDate> workingDays(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "OFFICE") CalendarType calendar) {
        checkInRange("from", from);
        checkInRange("to", to);
        if (to.isBefore(from)) {
            throw InvalidInput.of("to", "Must not be before from.");
        }
        if (to.isAfter(from.plusYears(10))) {
            throw InvalidInput.of("to", "The range may span at most ten years.");
        }
        return this.calendar.workingDays(calendar, from, to);
    }

    @GetMapping("/add-office-hours")
    @Operation(summary = "The moment reached after `duration` (ISO-8601, e.g. PT4H) of office hours from `from`")
    MomentResponse addOfficeHours(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam String duration) {
        Duration officeTime;
        try {
            officeTime = Duration.parse(duration);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("duration", "Not an ISO-8601 duration such as PT4H.");
        }
        if (officeTime.isNegative() || officeTime.compareTo(Duration.ofDays(365)) > 0) {
            throw InvalidInput.of("duration", "Must be between zero and a year of office time.");
        }
        checkInRange("from", from.atZone(nl.meldpunt.platform.Amsterdam.ZONE).toLocalDate());
        return new MomentResponse(calendar.addOfficeHours(from, officeTime));
    }

    static Period period(String text) {
        Period term;
        try {
            term = Period.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("period", "Not an ISO-8601 period such as P6W or P1M.");
        }
        if (term.isNegative() || term.isZero()) {
            throw InvalidInput.of("period", "The period must be longer than zero days.");
        }
        if (term.toTotalMonths() > 120 || term.getDays() > 3660 || term.toTotalMonths() * 31 + term.getDays() > 3660) {
            throw InvalidInput.of("period", "The period may be at most ten years.");
        }
        return term;
    }

    static void checkInRange(String field, LocalDate date) {
        if (date.getYear() < CalendarAdmin.FIRST_YEAR || date.getYear() > CalendarAdmin.LAST_YEAR) {
            throw InvalidInput.of(field, "The calendars cover " + CalendarAdmin.FIRST_YEAR + " to "
                    + CalendarAdmin.LAST_YEAR + ".");
        }
    }
}
