package nl.meldpunt.deadlines;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRouting;
import nl.meldpunt.platform.Amsterdam;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes over the clocks of cases imported from an old system (issue 8), so they are ordinary clocks: in the work
 * queues, on the case page, checked by the breach detector. The old system's dates are kept as they were (its
 * deadlines were computed there); the type's rules (party, unit, calendar, extensions) come from today's clock
 * type. Set-based: one statement per batch, no history entry per clock (the import brings its own history).
 */
@Component
public class ImportedClocks {

    /** One clock as the import file describes it; {@code state} is RUNNING, PAUSED, EXTENDED, STOPPED or EXPIRED. */
    public record ImportedClock(long caseId, String type, LocalDate start, LocalDate due, String state) {}

    private final JdbcClient jdbc;
    private final ClockTypes types;
    private final CaseQueries cases;
    private final Clock clock;

    ImportedClocks(JdbcClient jdbc, ClockTypes types, CaseQueries cases, Clock clock) {
        this.jdbc = jdbc;
        this.types = types;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Stores the clocks whose type exists here and returns those that could not be taken over (unknown type, or a
     * second open clock of one type on a case), for the caller to keep in its staging form.
     */
    public List<ImportedClock> adopt(List<ImportedClock> clocks) {
        if (clocks.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseRouting> routing = cases.routing(clocks.stream().map(ImportedClock::caseId).distinct().toList());
        Map<String, ClockType> known = new HashMap<>();
        types.all().stream().filter(t -> !t.retired()).forEach(t -> known.put(t.code(), t));
        Instant now = clock.instant();
        Rows rows = new Rows(clocks.size());
        List<ImportedClock> left = new ArrayList<>();
        for (ImportedClock c : clocks) {
            CaseRouting r = routing.get(c.caseId());
            ClockType type = r == null ? null : known.get(typeCode(c.type(), r.urgency()));
            if (type == null) {
                left.add(c);
            } else {
                rows.add(c, r, type, now);
            }
        }
        if (rows.size() > 0) {
            Set<String> stored = new HashSet<>(insert(rows));
            for (int i = 0; i < rows.size(); i++) {
                if (!stored.contains(rows.key(i))) {
                    left.add(rows.source.get(i));
                }
            }
        }
        return left;
    }

    /** The old system had one triage clock; here its length depends on the urgency. */
    static String typeCode(String importType, String urgency) {
        return "TRIAGE".equals(importType) ? TriageClockRule.clockFor(urgency) : importType;
    }

    /** Inserts the rows; returns the {@link Rows#key} of each row stored (a conflict stores nothing). */
    private List<String> insert(Rows rows) {
        return jdbc.sql("""
                INSERT INTO case_clock (case_id, case_number, type_code, party, unit, calendar, length, max_extension,
                    max_extensions, started_at, due_at, state, paused_at, extension, extensions, ended_at,
                    team, assignee, sector, urgency)
                SELECT r.case_id, r.case_number, t.code, t.party, t.unit, t.calendar, t.length, t.max_extension,
                    t.max_extensions, r.started_at, r.due_at, r.state, r.paused_at,
                    CASE WHEN r.extended THEN t.max_extension END, CASE WHEN r.extended THEN 1 ELSE 0 END,
                    r.ended_at, r.team, r.assignee, r.sector, r.urgency
                FROM unnest(CAST(:caseIds AS bigint[]), CAST(:numbers AS varchar[]), CAST(:types AS varchar[]),
                            CAST(:started AS timestamptz[]), CAST(:due AS timestamptz[]), CAST(:states AS varchar[]),
                            CAST(:paused AS timestamptz[]), CAST(:extended AS boolean[]), CAST(:ended AS timestamptz[]),
                            CAST(:teams AS varchar[]), CAST(:assignees AS varchar[]), CAST(:sectors AS varchar[]),
                            CAST(:urgencies AS varchar[])) WITH ORDINALITY
                     AS r(case_id, case_number, type_code, started_at, due_at, state, paused_at, extended, ended_at,
                          team, assignee, sector, urgency, ord)
                JOIN clock_type t ON t.code = r.type_code
                ORDER BY r.ord -- of two open clocks of one type on a case, the first in the file is taken over
                ON CONFLICT (case_id, type_code) WHERE state IN ('RUNNING', 'PAUSED', 'BREACHED') DO NOTHING
                RETURNING case_id, type_code, started_at, due_at""")
                .param("caseIds", rows.caseIds.toArray(Long[]::new))
                .param("numbers", rows.numbers.toArray(String[]::new))
                .param("types", rows.types.toArray(String[]::new))
                .param("started", rows.started.toArray(Timestamp[]::new))
                .param("due", rows.due.toArray(Timestamp[]::new))
                .param("states", rows.states.toArray(String[]::new))
                .param("paused", rows.paused.toArray(Timestamp[]::new))
                .param("extended", rows.extended.toArray(Boolean[]::new))
                .param("ended", rows.ended.toArray(Timestamp[]::new))
                .param("teams", rows.teams.toArray(String[]::new))
                .param("assignees", rows.assignees.toArray(String[]::new))
                .param("sectors", rows.sectors.toArray(String[]::new))
                .param("urgencies", rows.urgencies.toArray(String[]::new))
                .query((rs, n) -> Rows.key(rs.getLong("case_id"), rs.getString("type_code"),
                        rs.getTimestamp("started_at"), rs.getTimestamp("due_at")))
                .list();
    }

    /** Column arrays for one {@code unnest}. */
    private static final class Rows {
        final List<ImportedClock> source;
        final List<Long> caseIds;
        final List<String> numbers;
        final List<String> types;
        final List<Timestamp> started;
        final List<Timestamp> due;
        final List<String> states;
        final List<Timestamp> paused;
        final List<Boolean> extended;
        final List<Timestamp> ended;
        final List<String> teams;
        final List<String> assignees;
        final List<String> sectors;
        final List<String> urgencies;

        Rows(int capacity) {
            source = new ArrayList<>(capacity);
            caseIds = new ArrayList<>(capacity);
            numbers = new ArrayList<>(capacity);
            types = new ArrayList<>(capacity);
            started = new ArrayList<>(capacity);
            due = new ArrayList<>(capacity);
            states = new ArrayList<>(capacity);
            paused = new ArrayList<>(capacity);
            extended = new ArrayList<>(capacity);
            ended = new ArrayList<>(capacity);
            teams = new ArrayList<>(capacity);
            assignees = new ArrayList<>(capacity);
            sectors = new ArrayList<>(capacity);
            urgencies = new ArrayList<>(capacity);
        }

        int size() {
            return source.size();
        }

        void add(ImportedClock c, CaseRouting r, ClockType type, Instant now) {
            Instant dueAt = WorkingDayCalendar.endOf(c.due());
            String state = switch (c.state()) {
                case "PAUSED" -> "PAUSED";
                case "STOPPED" -> "STOPPED";
                case "EXPIRED" -> "BREACHED";
                default -> "RUNNING";
            };
            source.add(c);
            caseIds.add(c.caseId());
            numbers.add(r.caseNumber());
            types.add(type.code());
            started.add(Timestamp.from(c.start().atStartOfDay(Amsterdam.ZONE).toInstant()));
            due.add(Timestamp.from(dueAt));
            states.add(state);
            // the old system does not say since when a clock is paused: it counts as paused from the import on
            paused.add("PAUSED".equals(state) ? Timestamp.from(now) : null);
            extended.add("EXTENDED".equals(c.state()));
            ended.add("STOPPED".equals(state) ? Timestamp.from(dueAt.isBefore(now) ? dueAt : now) : null);
            teams.add(r.team());
            assignees.add(r.assignee());
            sectors.add(r.sector());
            urgencies.add(r.urgency());
        }

        /** Identifies a stored row: case, type and the two moments (one case may have several clocks of a type). */
        String key(int i) {
            return key(caseIds.get(i), types.get(i), started.get(i), due.get(i));
        }

        static String key(long caseId, String type, Timestamp started, Timestamp due) {
            return caseId + "|" + type + "|" + started.getTime() + "|" + due.getTime();
        }
    }
}
