package nl.meldpunt.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldpunt.platform.InvalidInput;

/** Parses the dates, weeks and years that report URLs take, with a field error instead of a 500. */
final class ReportDates {

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private ReportDates() {}

    static LocalDate date(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "Expected a date as YYYY-MM-DD.");
        }
    }

    /** The Monday of an ISO week written as YYYY-Www. */
    static LocalDate week(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback.with(java.time.DayOfWeek.MONDAY);
        }
        Matcher m = ISO_WEEK.matcher(value.trim());
        int week = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (!m.matches() || week < 1 || week > 53) {
            throw InvalidInput.of(field, "Expected an ISO week as YYYY-Www.");
        }
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(java.time.DayOfWeek.MONDAY);
        if (monday.get(IsoFields.WEEK_BASED_YEAR) != Integer.parseInt(m.group(1))) {
            throw InvalidInput.of(field, "That year has no such week.");
        }
        return monday;
    }

    static String isoWeek(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static int year(String field, Integer value, int fallback) {
        int year = value == null ? fallback : value;
        if (year < 2000 || year > 2100) {
            throw InvalidInput.of(field, "Expected a year between 2000 and 2100.");
        }
        return year;
    }
}
