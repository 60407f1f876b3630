package nl.meldpunt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.InvalidInput;
import org.junit.jupiter.api.Test;

class ClockLengthTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    private static java.time.Instant at(String local) {
        return LocalDateTime.parse(local).atZone(Amsterdam.ZONE).toInstant();
    }

    @Test
    void callback_clock_skips_kings_day() {
        var due = ClockLength.due(calendar, ClockUnit.WORKING_DAYS, CalendarType.OFFICE, "P5D", null, 0,
                at("2026-04-24T14:00"));
        assertThat(due).isEqualTo(WorkingDayCalendar.endOf(LocalDate.of(2026, 5, 4)));
    }

    @Test
    void wkkgz_term_of_six_weeks_ending_on_whit_monday_moves_to_tuesday() {
        var due = ClockLength.due(calendar, ClockUnit.TERM, CalendarType.STATUTORY, "P6W", null, 0,
                at("2026-04-13T10:00"));
        assertThat(due).isEqualTo(WorkingDayCalendar.endOf(LocalDate.of(2026, 5, 26)));
    }

    @Test
    void pause_credit_moves_a_term_by_calendar_days_and_a_working_day_clock_by_working_days() {
        var friday = at("2026-03-13T10:00");
        var monday = at("2026-03-16T10:00");
        assertThat(ClockLength.pauseCredit(calendar, ClockUnit.TERM, CalendarType.STATUTORY, friday, monday)).isEqualTo(3);
        assertThat(ClockLength.pauseCredit(calendar, ClockUnit.WORKING_DAYS, CalendarType.OFFICE, friday, monday))
                .isEqualTo(1);
        assertThat(ClockLength.pauseCredit(calendar, ClockUnit.OFFICE_HOURS, CalendarType.OFFICE, friday, monday))
                .isEqualTo(8 * 3600);
    }

    @Test
    void lengths_are_checked_per_unit() {
        assertThatThrownBy(() -> ClockLength.check(ClockUnit.WORKING_DAYS, "length", "P1M"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ClockLength.check(ClockUnit.OFFICE_HOURS, "length", "P1M"))
                .isInstanceOf(InvalidInput.class);
        ClockLength.check(ClockUnit.TERM, "length", "P1M");
        assertThat(ClockLength.longer(ClockUnit.TERM, "P5W", "P4W", LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(ClockLength.plus(ClockUnit.TERM, null, "P4W")).isEqualTo("P4W");
        assertThat(ClockLength.plus(ClockUnit.TERM, "P2W", "P1W")).isEqualTo("P21D");
    }
}
