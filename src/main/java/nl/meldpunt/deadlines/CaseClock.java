package nl.meldpunt.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import nl.meldpunt.platform.Amsterdam;

/**
 * A clock running on a case.
 *
 * @param dueAt the first moment at which the clock is late (for day-based clocks: midnight after the last day)
 * @param extension all extensions together (ISO-8601 in the unit's notation), or null
 */
public record CaseClock(
        long id,
        long caseId,
        String caseNumber,
        String type,
        Party party,
        ClockUnit unit,
        CalendarType calendar,
        String length,
        Instant startedAt,
        Instant dueAt,
        ClockState state,
        Instant pausedAt,
        String extension,
        int extensions,
        Instant endedAt,
        long version) {

    /** The last day on which the clock is still on time (Europe/Amsterdam). */
    public LocalDate dueDay() {
        return dueAt.minusNanos(1).atZone(Amsterdam.ZONE).toLocalDate();
    }
}
