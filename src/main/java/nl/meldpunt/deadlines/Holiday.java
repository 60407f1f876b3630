package nl.meldpunt.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The Dutch public holidays the calendars know, with the rule that dates each of them in a given year. */
public enum Holiday {
    NEW_YEARS_DAY,
    GOOD_FRIDAY,
    EASTER_MONDAY,
    KINGS_DAY,
    LIBERATION_DAY,
    ASCENSION_DAY,
    WHIT_MONDAY,
    CHRISTMAS_DAY,
    BOXING_DAY;

    /** The holidays the Algemene termijnenwet (art. 3) recognises: not Good Friday. */
    static final Set<Holiday> STATUTORY = EnumSet.complementOf(EnumSet.of(GOOD_FRIDAY));

    public LocalDate in(int year) {
        LocalDate easter = easterSunday(year);
        return switch (this) {
            case NEW_YEARS_DAY -> LocalDate.of(year, Month.JANUARY, 1);
            case GOOD_FRIDAY -> easter.minusDays(2);
            case EASTER_MONDAY -> easter.plusDays(1);
            case KINGS_DAY -> {
                LocalDate day = LocalDate.of(year, Month.APRIL, 27);
                yield day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
            }
            case LIBERATION_DAY -> LocalDate.of(year, Month.MAY, 5);
            case ASCENSION_DAY -> easter.plusDays(39);
            case WHIT_MONDAY -> easter.plusDays(50);
            case CHRISTMAS_DAY -> LocalDate.of(year, Month.DECEMBER, 25);
            case BOXING_DAY -> LocalDate.of(year, Month.DECEMBER, 26);
        };
    }

    /** The given holidays of one year by date (two holidays never share a date in 2000–2100 except by rule). */
    static Map<LocalDate, Holiday> of(int year, Set<Holiday> which) {
        Map<LocalDate, Holiday> days = new LinkedHashMap<>();
        for (Holiday holiday : which) {
            days.putIfAbsent(holiday.in(year), holiday);
        }
        return days;
    }

    /** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
