package nl.meldpunt.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.InvalidInput;

/**
 * Lengths of clocks in their unit's ISO-8601 notation, and the due moment they give. The due moment is derived
 * from the start, the length, the extensions and the time spent paused, so it can always be recomputed.
 */
final class ClockLength {

    private ClockLength() {}

    static void check(ClockUnit unit, String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(field, "Required.");
        }
        try {
            switch (unit) {
                case OFFICE_HOURS -> {
                    Duration d = Duration.parse(text);
                    if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofHours(24 * 365)) > 0) {
                        throw InvalidInput.of(field, "Between one second and a year of office time.");
                    }
                }
                case WORKING_DAYS -> {
                    Period p = Period.parse(text);
                    if (p.getYears() != 0 || p.getMonths() != 0 || p.getDays() <= 0 || p.getDays() > 2610) {
                        throw InvalidInput.of(field, "A number of working days, P1D to P2610D.");
                    }
                }
                case TERM -> CalendarApi.period(text);
            }
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, unit == ClockUnit.OFFICE_HOURS
                    ? "Not an ISO-8601 duration such as PT4H." : "Not an ISO-8601 period such as P5D or P6W.");
        }
    }

    static String plus(ClockUnit unit, String a, String b) {
        if (a == null) {
            return b;
        }
        return switch (unit) {
            case OFFICE_HOURS -> Duration.parse(a).plus(Duration.parse(b)).toString();
            case WORKING_DAYS, TERM -> Period.parse(a).plus(Period.parse(b)).normalized().toString();
        };
    }

    /** Whether {@code a} is longer than {@code b}, measured from the given start. */
    static boolean longer(ClockUnit unit, String a, String b, LocalDate start) {
        return switch (unit) {
            case OFFICE_HOURS -> Duration.parse(a).compareTo(Duration.parse(b)) > 0;
            case WORKING_DAYS -> Period.parse(a).getDays() > Period.parse(b).getDays();
            case TERM -> start.plus(Period.parse(a)).isAfter(start.plus(Period.parse(b)));
        };
    }

    /**
     * The due moment: the end of the last day for day-based clocks, the exact moment for office hours.
     *
     * @param pausedCredit office seconds (OFFICE_HOURS), working days (WORKING_DAYS) or calendar days (TERM)
     *     spent paused
     */
    static Instant due(WorkingDayCalendar calendar, ClockUnit unit, CalendarType type, String length,
            String extension, long pausedCredit, Instant startedAt) {
        LocalDate startDay = startedAt.atZone(Amsterdam.ZONE).toLocalDate();
        return switch (unit) {
            case OFFICE_HOURS -> {
                Duration total = Duration.parse(length).plusSeconds(pausedCredit);
                if (extension != null) {
                    total = total.plus(Duration.parse(extension));
                }
                yield calendar.addOfficeHours(startedAt, total);
            }
            case WORKING_DAYS -> {
                long days = Period.parse(length).getDays() + pausedCredit
                        + (extension == null ? 0 : Period.parse(extension).getDays());
                yield WorkingDayCalendar.endOf(calendar.addWorkingDays(type, startDay, Math.toIntExact(days)));
            }
            case TERM -> {
                Period term = Period.parse(length);
                if (extension != null) {
                    term = term.plus(Period.parse(extension));
                }
                yield WorkingDayCalendar.endOf(calendar.termEnd(startDay.plusDays(pausedCredit), term));
            }
        };
    }

    /** What a pause from {@code pausedAt} to {@code resumedAt} adds to the credit, in the unit's measure. */
    static long pauseCredit(WorkingDayCalendar calendar, ClockUnit unit, CalendarType type, Instant pausedAt,
            Instant resumedAt) {
        LocalDate from = pausedAt.atZone(Amsterdam.ZONE).toLocalDate();
        LocalDate to = resumedAt.atZone(Amsterdam.ZONE).toLocalDate();
        return switch (unit) {
            case OFFICE_HOURS -> calendar.officeTimeBetween(pausedAt, resumedAt).toSeconds();
            case WORKING_DAYS -> calendar.countWorkingDays(type, from, to);
            case TERM -> Math.max(0, to.toEpochDay() - from.toEpochDay());
        };
    }
}
