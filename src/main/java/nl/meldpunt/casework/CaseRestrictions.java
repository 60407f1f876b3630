package nl.meldpunt.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restricting a case to named people (afschermen), with the reason recorded in the case's history. The person
 * who restricts is always named, so nobody locks themselves out by mistake.
 */
@Component
public class CaseRestrictions {

    private final JdbcClient jdbc;
    private final CaseQueries queries;
    private final CaseHistory history;
    private final Clock clock;

    CaseRestrictions(JdbcClient jdbc, CaseQueries queries, CaseHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.history = history;
        this.clock = clock;
    }

    public record Restriction(String reason, String setBy, List<String> members) {}

    /** Restricts the case (or replaces its list of names) and records why. */
    @Transactional
    public Restriction restrict(String caseNumber, String reason, List<String> members) {
        long caseId = queries.requireId(caseNumber);
        String actor = CurrentUser.name();
        Set<String> names = new LinkedHashSet<>();
        names.add(actor);
        members.stream().map(m -> m.strip().toLowerCase(java.util.Locale.ROOT)).filter(m -> !m.isEmpty())
                .forEach(names::add);
        jdbc.sql("""
                INSERT INTO case_restriction (case_id, reason, set_by, set_at) VALUES (:id, :reason, :by, :at)
                ON CONFLICT (case_id) DO UPDATE SET reason = EXCLUDED.reason, set_by = EXCLUDED.set_by,
                    set_at = EXCLUDED.set_at
                """)
                .param("id", caseId).param("reason", reason).param("by", actor)
                .param("at", Timestamp.from(clock.instant())).update();
        jdbc.sql("DELETE FROM case_restriction_member WHERE case_id = :id").param("id", caseId).update();
        for (String name : names) {
            jdbc.sql("INSERT INTO case_restriction_member (case_id, username) VALUES (:id, :u)")
                    .param("id", caseId).param("u", name).update();
        }
        history.record(caseId, actor, HistoryAction.RESTRICTED, Map.of("members", List.copyOf(names)), reason);
        return new Restriction(reason, actor, List.copyOf(names));
    }

    /** Lifts the restriction; the case is then visible by the normal rules again. */
    @Transactional
    public void lift(String caseNumber, String reason) {
        long caseId = queries.requireId(caseNumber);
        int rows = jdbc.sql("DELETE FROM case_restriction WHERE case_id = :id").param("id", caseId).update();
        if (rows == 0) {
            throw new NotFound("Restriction");
        }
        history.record(caseId, CurrentUser.name(), HistoryAction.RESTRICTION_LIFTED, null, reason);
    }

    public java.util.Optional<Restriction> of(String caseNumber) {
        return jdbc.sql("""
                SELECT r.reason, r.set_by, array(SELECT m.username FROM case_restriction_member m
                    WHERE m.case_id = r.case_id ORDER BY m.username) AS members
                FROM case_restriction r JOIN case_file c ON c.id = r.case_id WHERE c.case_number = :n
                """)
                .param("n", caseNumber)
                .query((rs, n) -> new Restriction(rs.getString("reason"), rs.getString("set_by"),
                        CaseQueries.strings(rs.getArray("members"))))
                .optional();
    }
}
