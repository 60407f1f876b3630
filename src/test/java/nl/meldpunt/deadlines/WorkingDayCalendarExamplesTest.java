package nl.meldpunt.deadlines;

import static nl.meldpunt.deadlines.CalendarType.OFFICE;
import static nl.meldpunt.deadlines.CalendarType.STATUTORY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import nl.meldpunt.platform.Amsterdam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples 2025–2030, each checked by hand against a printed calendar (weekday of the date, the year's
 * Easter: 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21).
 */
class WorkingDayCalendarExamplesTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @ParameterizedTest(name = "{3}: {0} + {1} working days ({2}) = {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-04-24 | 5 | OFFICE    | issue example: Fri, King's Day Mon 27 Apr skipped                  | 2026-05-04
            2025-04-25 | 1 | OFFICE    | King's Day on a Sunday (2025): moved to Sat 26 Apr, Mon 28 works   | 2025-04-28
            2026-05-04 | 1 | OFFICE    | 5 May on a Tuesday (2026) is closed every year                    | 2026-05-06
            2026-05-04 | 1 | STATUTORY | 5 May on a Tuesday counts as a holiday for terms too              | 2026-05-06
            2027-05-05 | 5 | OFFICE    | from 5 May (Wed) over Ascension Thu 6 May 2027                     | 2027-05-13
            2026-05-13 | 1 | OFFICE    | Ascension Thu 14 May 2026                                          | 2026-05-15
            2026-12-24 | 1 | OFFICE    | Christmas on a Friday (2026), Boxing Day on Saturday               | 2026-12-28
            2026-12-31 | 1 | OFFICE    | New Year on a Friday (2027)                                        | 2027-01-04
            2026-12-24 | 5 | OFFICE    | callback over Christmas and New Year 2026/27                       | 2027-01-04
            2026-04-02 | 1 | OFFICE    | Good Friday 3 Apr 2026 is a working day by default                 | 2026-04-03
            2026-04-02 | 1 | STATUTORY | Good Friday is no recognised holiday for terms                     | 2026-04-03
            2026-04-03 | 1 | OFFICE    | Easter Monday 6 Apr 2026                                           | 2026-04-07
            2029-05-15 | 5 | OFFICE    | Whit Monday 21 May 2029                                            | 2029-05-23
            2029-04-26 | 1 | OFFICE    | King's Day on a Friday (2029)                                      | 2029-04-30
            2030-04-26 | 1 | OFFICE    | King's Day on a Saturday (2030) closes nothing extra               | 2030-04-29
            2028-05-04 | 1 | OFFICE    | 5 May on a Friday (2028)                                           | 2028-05-08
            2030-12-24 | 1 | OFFICE    | Christmas Wed and Boxing Day Thu 2030                              | 2030-12-27
            2025-06-06 | 1 | OFFICE    | Whit Monday 9 Jun 2025                                             | 2025-06-10
            2026-03-09 | 0 | OFFICE    | zero days is the day itself                                        | 2026-03-09
            """)
    void adding_working_days_gives_the_hand_checked_date(
            LocalDate from, int days, CalendarType type, String why, LocalDate expected) {
        assertThat(calendar.addWorkingDays(type, from, days)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{2}: term {1} after {0} ends {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-20 | P6W  | issue example: ends Fri 1 May 2026 (no holiday)                          | 2026-05-01
            2026-04-13 | P6W  | 6 weeks ending on Whit Monday 25 May 2026 move to Tuesday                | 2026-05-26
            2028-04-24 | P6W  | 6 weeks ending on Whit Monday 5 Jun 2028 move to Tuesday                 | 2028-06-06
            2026-04-02 | P6W  | ending on Ascension Thu 14 May 2026 moves to Friday                      | 2026-05-15
            2026-03-06 | P3D  | 3 days from Fri: Sat, Sun, Mon has one ordinary day, so ends Tuesday     | 2026-03-10
            2026-12-24 | P3D  | 3 days over Christmas Fri 2026: Mon 28 and Tue 29 are the two ordinary days | 2026-12-29
            2026-01-31 | P1M  | one month ends Sat 28 Feb 2026, moves to Monday                          | 2026-03-02
            2029-04-12 | P15D | MDR 15 days ending on King's Day Fri 27 Apr 2029 move to Monday          | 2029-04-30
            2030-12-23 | P2D  | 2 days ending on Christmas Wed 2030 skip Boxing Day too                  | 2030-12-27
            2025-04-17 | P1D  | 1 day ending on Good Friday 18 Apr 2025 is not moved                     | 2025-04-18
            2027-04-13 | P2W  | 2 weeks ending on King's Day Tue 27 Apr 2027 move to Wednesday           | 2027-04-28
            2025-11-24 | P6W  | 6 weeks ending on Mon 5 Jan 2026 (ordinary day)                          | 2026-01-05
            2026-11-20 | P6W  | 6 weeks ending on New Year Fri 1 Jan 2027 move to Monday                 | 2027-01-04
            2027-04-23 | P10D | 10 days ending on Mon 3 May 2027                                         | 2027-05-03
            2027-04-25 | P10D | 10 days ending on 5 May (Wed) 2027, then Ascension Thu 6 May: Friday | 2027-05-07
            """)
    void statutory_terms_end_on_the_hand_checked_date(LocalDate from, String period, String why, LocalDate expected) {
        assertThat(calendar.termEnd(from, Period.parse(period))).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{2}: {0} + 4 office hours = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-10T10:00 | 2026-03-10T14:00 | within one day (Tue)
            2026-03-10T08:00 | 2026-03-10T13:00 | before opening counts from 09:00
            2026-03-10T15:00 | 2026-03-11T11:00 | two hours today, two tomorrow
            2026-03-14T11:00 | 2026-03-16T13:00 | a Saturday intake counts from Monday 09:00
            2026-04-24T15:00 | 2026-04-28T11:00 | Friday afternoon before King's Day 2026
            2026-12-24T16:00 | 2026-12-28T12:00 | Christmas on a Friday 2026
            2026-03-10T18:30 | 2026-03-11T13:00 | after closing counts from tomorrow 09:00
            """)
    void acute_triage_clock_counts_office_hours(LocalDateTime start, LocalDateTime expected, String why) {
        var due = calendar.addOfficeHours(start.atZone(Amsterdam.ZONE).toInstant(), Duration.ofHours(4));
        assertThat(due.atZone(Amsterdam.ZONE).toLocalDateTime()).as(why).isEqualTo(expected);
    }

    @Test
    void kings_day_falls_on_saturday_26_april_when_27_april_is_a_sunday() {
        assertThat(Holiday.KINGS_DAY.in(2025)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(Holiday.KINGS_DAY.in(2026)).isEqualTo(LocalDate.of(2026, 4, 27));
    }

    @Test
    void easter_dates_match_the_published_ones() {
        assertThat(Holiday.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(Holiday.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Holiday.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(Holiday.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
        assertThat(Holiday.easterSunday(2029)).isEqualTo(LocalDate.of(2029, 4, 1));
        assertThat(Holiday.easterSunday(2030)).isEqualTo(LocalDate.of(2030, 4, 21));
        assertThat(Holiday.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(Holiday.easterSunday(2100)).isEqualTo(LocalDate.of(2100, 3, 28));
    }

    @Test
    void good_friday_closes_the_office_only_when_configured() {
        var closedOnGoodFriday = new WorkingDayCalendar(
                new CalendarSettings(true, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0)),
                (type, year) -> java.util.List.of());
        LocalDate goodFriday = LocalDate.of(2026, 4, 3);
        assertThat(calendar.isWorkingDay(OFFICE, goodFriday)).isTrue();
        assertThat(closedOnGoodFriday.isWorkingDay(OFFICE, goodFriday)).isFalse();
        assertThat(closedOnGoodFriday.isWorkingDay(STATUTORY, goodFriday)).isTrue();
    }

    @Test
    void an_override_opens_a_holiday_and_closes_a_bridge_day() {
        var overridden = new WorkingDayCalendar(CalendarSettings.DEFAULTS, (type, year) -> type == OFFICE
                ? java.util.List.of(
                        new CalendarOverride(OFFICE, LocalDate.of(2026, 5, 15), false, "brugdag", "admin", null),
                        new CalendarOverride(OFFICE, LocalDate.of(2026, 5, 5), true, "open", "admin", null))
                : java.util.List.of());
        assertThat(overridden.isWorkingDay(OFFICE, LocalDate.of(2026, 5, 15))).isFalse();
        assertThat(overridden.isWorkingDay(OFFICE, LocalDate.of(2026, 5, 5))).isTrue();
        assertThat(overridden.isWorkingDay(STATUTORY, LocalDate.of(2026, 5, 15))).isTrue();
        assertThat(overridden.addWorkingDays(OFFICE, LocalDate.of(2026, 5, 13), 1)).isEqualTo(LocalDate.of(2026, 5, 18));
    }
}
