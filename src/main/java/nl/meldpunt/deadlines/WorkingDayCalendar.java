package nl.meldpunt.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.springframework.stereotype.Component;

/**
 * Dutch working days. Every deadline goes through here; never {@code plusDays} for a deadline.
 */
@Component
public class WorkingDayCalendar {

    /** The date reached after counting {@code days} working days after {@code from} ({@code from} not counted). */
    public LocalDate addWorkingDays(CalendarType type, LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be zero or more");
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(type, date)) {
                counted++;
            }
        }
        return date;
    }

    public boolean isWorkingDay(CalendarType type, LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    static boolean isHoliday(LocalDate date) {
        int year = date.getYear();
        LocalDate easter = easterSunday(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        return date.equals(LocalDate.of(year, 1, 1))
                || date.equals(easter.plusDays(1))
                || date.equals(kingsDay)
                || date.equals(LocalDate.of(year, 5, 5))
                || date.equals(easter.plusDays(39))
                || date.equals(easter.plusDays(50))
                || date.equals(LocalDate.of(year, 12, 25))
                || date.equals(LocalDate.of(year, 12, 26));
    }

    /** Easter Sunday (anonymous Gregorian algorithm). */
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
