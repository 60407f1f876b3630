package nl.meldpunt.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import nl.meldpunt.platform.Amsterdam;

/**
 * How urgent an open clock is for the queues: overdue, due today, at risk (less than one working day left: due
 * by the end of the next OFFICE working day), on time, or paused (not counting).
 */
public enum DueLevel {
    OVERDUE,
    DUE_TODAY,
    AT_RISK,
    ON_TIME,
    PAUSED;

    static DueLevel of(ClockState state, Instant dueAt, Instant now, WorkingDayCalendar calendar) {
        if (state == ClockState.PAUSED) {
            return PAUSED;
        }
        if (state == ClockState.BREACHED || !now.isBefore(dueAt)) {
            return OVERDUE;
        }
        LocalDate today = now.atZone(Amsterdam.ZONE).toLocalDate();
        LocalDate dueDay = dueAt.minusNanos(1).atZone(Amsterdam.ZONE).toLocalDate();
        if (!dueDay.isAfter(today)) {
            return DUE_TODAY;
        }
        if (!dueDay.isAfter(calendar.addWorkingDays(CalendarType.OFFICE, today, 1))) {
            return AT_RISK;
        }
        return ON_TIME;
    }
}
