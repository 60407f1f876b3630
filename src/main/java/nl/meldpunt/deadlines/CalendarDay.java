package nl.meldpunt.deadlines;

import java.time.LocalDate;

/**
 * A weekday that is not a working day, or a day an override changed: what the admin page lists.
 *
 * @param holiday the default holiday on this date, or null
 * @param override the administrator's change, or null
 */
public record CalendarDay(LocalDate day, boolean working, Holiday holiday, CalendarOverride override) {}
