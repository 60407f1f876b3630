package nl.meldpunt.triage;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The duty roster: which inspector receives acute alerts on which dates. Managed by administrators. */
@Repository
class DutyRoster {

    record Entry(long id, LocalDate startsOn, LocalDate endsOn, String inspectorEmail) {}

    private final JdbcClient jdbc;

    DutyRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Entry add(LocalDate startsOn, LocalDate endsOn, String email) {
        long id = jdbc.sql("""
                INSERT INTO triage_duty_roster (starts_on, ends_on, inspector_email) VALUES (:from, :to, :email)
                RETURNING id
                """)
                .param("from", startsOn)
                .param("to", endsOn)
                .param("email", email)
                .query(Long.class)
                .single();
        return new Entry(id, startsOn, endsOn, email);
    }

    boolean remove(long id) {
        return jdbc.sql("DELETE FROM triage_duty_roster WHERE id = :id").param("id", id).update() == 1;
    }

    List<Entry> from(LocalDate day) {
        return jdbc.sql("SELECT * FROM triage_duty_roster WHERE ends_on >= :day ORDER BY starts_on, id")
                .param("day", day)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getString("inspector_email")))
                .list();
    }
}
