package nl.meldpunt.deadlines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The clocks on cases (table {@code case_clock}). */
@Component
class ClockStore {

    static final String OPEN = "('RUNNING', 'PAUSED', 'BREACHED')";

    private final JdbcClient jdbc;

    ClockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Routing(String team, String assignee, String sector, String urgency) {}

    /** Inserts a running clock; empty when the case already has an open clock of this type. */
    Optional<Long> insert(long caseId, String caseNumber, ClockType type, Instant startedAt, Instant dueAt,
            Routing routing) {
        return jdbc.sql("""
                INSERT INTO case_clock (case_id, case_number, type_code, party, unit, calendar, length, max_extension,
                    max_extensions, started_at, due_at, state, team, assignee, sector, urgency)
                VALUES (:case, :number, :type, :party, :unit, :calendar, :length, :maxExtension, :maxExtensions,
                    :started, :due, 'RUNNING', :team, :assignee, :sector, :urgency)
                ON CONFLICT (case_id, type_code) WHERE state IN ('RUNNING', 'PAUSED', 'BREACHED') DO NOTHING
                RETURNING id
                """)
                .param("case", caseId)
                .param("number", caseNumber)
                .param("type", type.code())
                .param("party", type.party().name())
                .param("unit", type.unit().name())
                .param("calendar", type.calendar().name())
                .param("length", type.length())
                .param("maxExtension", type.maxExtension())
                .param("maxExtensions", type.maxExtensions())
                .param("started", Timestamp.from(startedAt))
                .param("due", Timestamp.from(dueAt))
                .param("team", routing.team())
                .param("assignee", routing.assignee())
                .param("sector", routing.sector())
                .param("urgency", routing.urgency())
                .query(Long.class)
                .optional();
    }

    /** The clock with its row locked for the rest of the transaction. */
    Optional<Row> lock(long clockId) {
        return jdbc.sql("SELECT * FROM case_clock WHERE id = :id FOR UPDATE").param("id", clockId)
                .query(ClockStore::map).optional();
    }

    Optional<Row> find(long clockId) {
        return jdbc.sql("SELECT * FROM case_clock WHERE id = :id").param("id", clockId)
                .query(ClockStore::map).optional();
    }

    List<Row> forCase(long caseId) {
        return jdbc.sql("SELECT * FROM case_clock WHERE case_id = :case ORDER BY id").param("case", caseId)
                .query(ClockStore::map).list();
    }

    void update(Row row) {
        jdbc.sql("""
                UPDATE case_clock SET due_at = :due, state = :state, paused_at = :pausedAt, paused_credit = :credit,
                    extension = :extension, extensions = :extensions, ended_at = :endedAt, version = version + 1
                WHERE id = :id
                """)
                .param("id", row.clock().id())
                .param("due", Timestamp.from(row.clock().dueAt()))
                .param("state", row.clock().state().name())
                .param("pausedAt", ts(row.clock().pausedAt()))
                .param("credit", row.pausedCredit())
                .param("extension", row.clock().extension())
                .param("extensions", row.clock().extensions())
                .param("endedAt", ts(row.clock().endedAt()))
                .update();
    }

    /** Marks running clocks due at or before {@code now} as breached; returns them (at most {@code limit}). */
    List<CaseClock> breachDue(Instant now, int limit) {
        return jdbc.sql("""
                UPDATE case_clock SET state = 'BREACHED', version = version + 1
                WHERE id IN (SELECT id FROM case_clock WHERE state = 'RUNNING' AND due_at <= :now
                             ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> map(rs, n).clock())
                .list();
    }

    /** A clock with the bookkeeping the public view leaves out. */
    record Row(CaseClock clock, long pausedCredit, String maxExtension, int maxExtensions) {}

    static Row map(ResultSet rs, int n) throws SQLException {
        CaseClock clock = new CaseClock(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getString("case_number"),
                rs.getString("type_code"),
                Party.valueOf(rs.getString("party")),
                ClockUnit.valueOf(rs.getString("unit")),
                CalendarType.valueOf(rs.getString("calendar")),
                rs.getString("length"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(),
                ClockState.valueOf(rs.getString("state")),
                instant(rs.getTimestamp("paused_at")),
                rs.getString("extension"),
                rs.getInt("extensions"),
                instant(rs.getTimestamp("ended_at")),
                rs.getLong("version"));
        return new Row(clock, rs.getLong("paused_credit"), rs.getString("max_extension"), rs.getInt("max_extensions"));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
