package nl.meldpunt.deadlines;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The administrators' per-day changes to the calendars (table {@code calendar_override}). */
@Component
class CalendarOverrides {

    private final JdbcClient jdbc;

    CalendarOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarOverride> inYear(CalendarType calendar, int year) {
        return jdbc.sql("""
                SELECT calendar, day, working, reason, changed_by, changed_at FROM calendar_override
                WHERE calendar = :calendar AND day >= :from AND day < :to ORDER BY day
                """)
                .param("calendar", calendar.name())
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new CalendarOverride(
                        CalendarType.valueOf(rs.getString("calendar")),
                        rs.getObject("day", LocalDate.class),
                        rs.getBoolean("working"),
                        rs.getString("reason"),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    void save(CalendarType calendar, LocalDate day, boolean working, String reason, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO calendar_override (calendar, day, working, reason, changed_by, changed_at)
                VALUES (:calendar, :day, :working, :reason, :actor, :at)
                ON CONFLICT (calendar, day) DO UPDATE SET working = :working, reason = :reason, changed_by = :actor,
                    changed_at = :at
                """)
                .param("calendar", calendar.name())
                .param("day", day)
                .param("working", working)
                .param("reason", reason)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update();
    }

    boolean delete(CalendarType calendar, LocalDate day) {
        return jdbc.sql("DELETE FROM calendar_override WHERE calendar = :calendar AND day = :day")
                .param("calendar", calendar.name())
                .param("day", day)
                .update() > 0;
    }
}
