package nl.meldpunt.deadlines;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An administrator's change to one day of one calendar: {@code working} true opens a day the defaults close (a
 * holiday that is worked), false closes a day the defaults open (say a bridge day).
 */
public record CalendarOverride(
        CalendarType calendar, LocalDate day, boolean working, String reason, String changedBy, Instant changedAt) {}
