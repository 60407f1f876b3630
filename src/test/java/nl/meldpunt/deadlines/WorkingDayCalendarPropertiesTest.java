package nl.meldpunt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.meldpunt.platform.Amsterdam;

/** Laws of the working-day arithmetic, checked on random dates 2000–2095. */
class WorkingDayCalendarPropertiesTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 95 * 365).map(n -> LocalDate.of(2000, 1, 1).plusDays(n));
    }

    @Provide
    Arbitrary<CalendarType> calendars() {
        return Arbitraries.of(CalendarType.class);
    }

    @Provide
    Arbitrary<Period> periods() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 60).map(Period::ofDays),
                Arbitraries.integers().between(1, 12).map(Period::ofWeeks),
                Arbitraries.integers().between(1, 6).map(Period::ofMonths));
    }

    @Property
    void adding_n_then_m_working_days_equals_adding_n_plus_m(@ForAll("dates") LocalDate from,
            @ForAll("calendars") CalendarType type, @ForAll @IntRange(max = 300) int n,
            @ForAll @IntRange(max = 300) int m) {
        LocalDate stepwise = calendar.addWorkingDays(type, calendar.addWorkingDays(type, from, n), m);
        assertThat(stepwise).isEqualTo(calendar.addWorkingDays(type, from, n + m));
    }

    @Property
    void adding_working_days_always_lands_on_a_working_day(@ForAll("dates") LocalDate from,
            @ForAll("calendars") CalendarType type, @ForAll @IntRange(min = 1, max = 400) int n) {
        LocalDate result = calendar.addWorkingDays(type, from, n);
        assertThat(calendar.isWorkingDay(type, result)).isTrue();
        assertThat(calendar.countWorkingDays(type, from, result)).isEqualTo(n);
    }

    @Property
    void statutory_terms_never_end_on_a_weekend_or_recognised_holiday(@ForAll("dates") LocalDate from,
            @ForAll("periods") Period period) {
        LocalDate end = calendar.termEnd(from, period);
        assertThat(end.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        for (Holiday holiday : Holiday.STATUTORY) {
            assertThat(end).isNotEqualTo(holiday.in(end.getYear()));
        }
        assertThat(end).isAfterOrEqualTo(from.plus(period));
    }

    @Property
    void statutory_terms_of_three_days_or_more_hold_two_ordinary_days(@ForAll("dates") LocalDate from,
            @ForAll("periods") Period period) {
        LocalDate end = calendar.termEnd(from, period);
        if (from.plus(period).toEpochDay() - from.toEpochDay() >= 3) {
            assertThat(calendar.countWorkingDays(CalendarType.STATUTORY, from, end)).isGreaterThanOrEqualTo(2);
        }
        // minimal: one day earlier would break a rule, unless the nominal end was already fine
        if (end.isAfter(from.plus(period))) {
            LocalDate before = end.minusDays(1);
            boolean ordinary = calendar.isWorkingDay(CalendarType.STATUTORY, before);
            boolean twoDays = calendar.countWorkingDays(CalendarType.STATUTORY, from, before) >= 2;
            assertThat(ordinary && twoDays).isFalse();
        }
    }

    @Property
    void office_hours_end_inside_office_hours_and_count_back_exactly(@ForAll("dates") LocalDate day,
            @ForAll @IntRange(max = 24 * 60 - 1) int minuteOfDay, @ForAll @IntRange(min = 1, max = 40 * 60) int minutes) {
        Instant start = day.atTime(LocalTime.ofSecondOfDay(minuteOfDay * 60L)).atZone(Amsterdam.ZONE).toInstant();
        Duration officeTime = Duration.ofMinutes(minutes);
        Instant due = calendar.addOfficeHours(start, officeTime);
        ZonedDateTime local = due.atZone(Amsterdam.ZONE);
        assertThat(calendar.isWorkingDay(CalendarType.OFFICE, local.toLocalDate())).isTrue();
        assertThat(local.toLocalTime()).isAfter(LocalTime.of(9, 0)).isBeforeOrEqualTo(LocalTime.of(17, 0));
        assertThat(calendar.officeTimeBetween(start, due)).isEqualTo(officeTime);
    }
}
