package nl.meldpunt.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Administrators open or close single days of a calendar, with a reason. */
@Component
public class CalendarAdmin {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final CalendarOverrides overrides;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CalendarAdmin(CalendarOverrides overrides, WorkingDayCalendar calendar, Clock clock) {
        this.overrides = overrides;
        this.calendar = calendar;
        this.clock = clock;
    }

    public List<CalendarOverride> overrides(CalendarType type, int year) {
        checkYear(year);
        return overrides.inYear(type, year);
    }

    /** Makes {@code day} a working day ({@code working}) or a closed day, whatever the default says. */
    @Transactional
    public void change(CalendarType type, LocalDate day, boolean working, String reason) {
        checkYear(day.getYear());
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "A reason is required.");
        }
        if (reason.length() > 500) {
            throw InvalidInput.of("reason", "At most 500 characters.");
        }
        overrides.save(type, day, working, reason.strip(), CurrentUser.name(), clock.instant());
        forgetAfterCommit(type, day.getYear());
    }

    /** Removes an administrator's change: the day follows the default again. */
    @Transactional
    public void revert(CalendarType type, LocalDate day) {
        checkYear(day.getYear());
        if (!overrides.delete(type, day)) {
            throw new NotFound("Calendar change on " + day);
        }
        forgetAfterCommit(type, day.getYear());
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw InvalidInput.of("year", "The calendars cover " + FIRST_YEAR + " to " + LAST_YEAR + ".");
        }
    }

    private void forgetAfterCommit(CalendarType type, int year) {
        calendar.forget(type, year);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    calendar.forget(type, year);
                }
            });
        }
    }
}
