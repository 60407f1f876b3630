package nl.meldpunt.casework;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.meldpunt.casework.CaseHandling.Closure;
import nl.meldpunt.casework.CaseHandling.Consultation;
import nl.meldpunt.casework.CaseHandling.Forwarding;
import nl.meldpunt.casework.CaseHandling.ProviderComplaint;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables of case handling after triage: closures, the provider's complaint handling, consultations and
 * forwardings. Callers run inside the transaction of the change.
 */
@Component
class LifecycleStore {

    private final JdbcClient jdbc;

    LifecycleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the case's version on for a change that leaves the status as it is; refuses a stale version. */
    long bumpVersion(long caseId, long expectedVersion) {
        int updated = jdbc.sql("UPDATE case_file SET version = version + 1 WHERE id = :id AND version = :version")
                .param("id", caseId)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Case " + caseId + " was changed by someone else");
        }
        return expectedVersion + 1;
    }

    CaseHandling handling(long caseId) {
        int failed = jdbc.sql("""
                SELECT count(*) FROM case_contact WHERE case_id = :id AND medium = 'PHONE' AND direction = 'OUTGOING'
                    AND outcome = 'NO_ANSWER'
                """).param("id", caseId).query(Integer.class).single();
        boolean reached = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM case_contact WHERE case_id = :id AND outcome = 'REACHED'
                    AND medium <> 'NOTE')
                """).param("id", caseId).query(Boolean.class).single();
        return new CaseHandling(latestClosure(caseId).orElse(null), providerComplaint(caseId).orElse(null),
                consultations(caseId), latestForwarding(caseId).orElse(null), failed, reached);
    }

    // closure

    void insertClosure(long caseId, String outcome, String note, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO case_closure (case_id, outcome, note, closed_at, closed_by)
                VALUES (:case, :outcome, :note, :at, :by)
                """)
                .param("case", caseId).param("outcome", outcome).param("note", note)
                .param("at", Timestamp.from(at)).param("by", by)
                .update();
    }

    void markReopened(long closureId, Instant at, String by, String reason) {
        jdbc.sql("""
                UPDATE case_closure SET reopened_at = :at, reopened_by = :by, reopen_reason = :reason WHERE id = :id
                """)
                .param("id", closureId).param("at", Timestamp.from(at)).param("by", by).param("reason", reason)
                .update();
    }

    Optional<Closure> latestClosure(long caseId) {
        return jdbc.sql("SELECT * FROM case_closure WHERE case_id = :id ORDER BY id DESC LIMIT 1")
                .param("id", caseId)
                .query((rs, n) -> new Closure(rs.getLong("id"), rs.getString("outcome"), rs.getString("note"),
                        instant(rs, "closed_at"), rs.getString("closed_by"), instant(rs, "reopened_at"),
                        rs.getString("reopened_by"), rs.getString("reopen_reason")))
                .optional();
    }

    // provider complaint

    void insertProviderComplaint(long caseId, LocalDate filedOn, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO case_provider_complaint (case_id, filed_on, recorded_at, recorded_by)
                VALUES (:case, :filed, :at, :by)
                """)
                .param("case", caseId).param("filed", Date.valueOf(filedOn))
                .param("at", Timestamp.from(at)).param("by", by)
                .update();
    }

    /** Locks the row, so two officers cannot both extend the term. */
    Optional<ProviderComplaint> lockProviderComplaint(long caseId) {
        return jdbc.sql("SELECT * FROM case_provider_complaint WHERE case_id = :id FOR UPDATE")
                .param("id", caseId).query(LifecycleStore::providerComplaint).optional();
    }

    Optional<ProviderComplaint> providerComplaint(long caseId) {
        return jdbc.sql("SELECT * FROM case_provider_complaint WHERE case_id = :id")
                .param("id", caseId).query(LifecycleStore::providerComplaint).optional();
    }

    void extendProviderComplaint(long caseId, int weeks, String reason, Instant at, String by) {
        jdbc.sql("""
                UPDATE case_provider_complaint SET extension_weeks = :weeks, extension_reason = :reason,
                    extended_at = :at, extended_by = :by
                WHERE case_id = :case
                """)
                .param("case", caseId).param("weeks", weeks).param("reason", reason)
                .param("at", Timestamp.from(at)).param("by", by)
                .update();
    }

    void answerProviderComplaint(long caseId, LocalDate answeredOn, String summary, String by) {
        jdbc.sql("""
                UPDATE case_provider_complaint SET answered_on = :on, answer_summary = :summary, answered_by = :by
                WHERE case_id = :case
                """)
                .param("case", caseId).param("on", Date.valueOf(answeredOn)).param("summary", summary)
                .param("by", by)
                .update();
    }

    private static ProviderComplaint providerComplaint(ResultSet rs, int n) throws SQLException {
        return new ProviderComplaint(rs.getDate("filed_on").toLocalDate(), rs.getString("recorded_by"),
                (Integer) rs.getObject("extension_weeks"), rs.getString("extension_reason"),
                date(rs, "answered_on"), rs.getString("answer_summary"));
    }

    // consultations

    long insertConsultation(long caseId, NewConsultation c, Instant at, String by) {
        return jdbc.sql("""
                INSERT INTO case_consultation (case_id, consulted_on, medium, summary, agrees_to_forwarding,
                    recorded_at, recorded_by)
                VALUES (:case, :on, :medium, :summary, :agrees, :at, :by)
                RETURNING id
                """)
                .param("case", caseId).param("on", Date.valueOf(c.consultedOn())).param("medium", c.medium().name())
                .param("summary", c.summary()).param("agrees", c.agreesToForwarding())
                .param("at", Timestamp.from(at)).param("by", by)
                .query(Long.class).single();
    }

    List<Consultation> consultations(long caseId) {
        return jdbc.sql("SELECT * FROM case_consultation WHERE case_id = :id ORDER BY id")
                .param("id", caseId)
                .query((rs, n) -> new Consultation(rs.getLong("id"), rs.getDate("consulted_on").toLocalDate(),
                        ContactMedium.valueOf(rs.getString("medium")), rs.getString("summary"),
                        rs.getBoolean("agrees_to_forwarding"), instant(rs, "recorded_at"),
                        rs.getString("recorded_by")))
                .list();
    }

    // forwarding

    long insertForwarding(long caseId, String motivation, String urgency, String team, Long consultationId,
            String approvedBySenior, Instant at, String by) {
        return jdbc.sql("""
                INSERT INTO case_forwarding (case_id, state, forwarded_at, forwarded_by, motivation, urgency,
                    target_team, consultation_id, approved_by_senior)
                VALUES (:case, 'AWAITING_INSPECTOR', :at, :by, :motivation, :urgency, :team, :consultation, :senior)
                RETURNING id
                """)
                .param("case", caseId).param("at", Timestamp.from(at)).param("by", by)
                .param("motivation", motivation).param("urgency", urgency).param("team", team)
                .param("consultation", consultationId).param("senior", approvedBySenior)
                .query(Long.class).single();
    }

    Optional<Forwarding> latestForwarding(long caseId) {
        return jdbc.sql("SELECT * FROM case_forwarding WHERE case_id = :id ORDER BY id DESC LIMIT 1")
                .param("id", caseId).query(LifecycleStore::forwarding).optional();
    }

    void accept(long forwardingId, Instant at, String by) {
        jdbc.sql("UPDATE case_forwarding SET state = 'ACCEPTED', accepted_at = :at, accepted_by = :by WHERE id = :id")
                .param("id", forwardingId).param("at", Timestamp.from(at)).param("by", by).update();
    }

    void giveBack(long forwardingId, String reason, Instant at, String by) {
        jdbc.sql("""
                UPDATE case_forwarding SET state = 'RETURNED', returned_at = :at, returned_by = :by,
                    return_reason = :reason
                WHERE id = :id
                """)
                .param("id", forwardingId).param("at", Timestamp.from(at)).param("by", by).param("reason", reason)
                .update();
    }

    void decide(long forwardingId, ForwardingState next, InspectorDecision decision, String motivation, Instant at,
            String by) {
        jdbc.sql("""
                UPDATE case_forwarding SET state = :state, decision = :decision, decision_motivation = :motivation,
                    decided_at = :at, decided_by = :by
                WHERE id = :id
                """)
                .param("id", forwardingId).param("state", next.name()).param("decision", decision.name())
                .param("motivation", motivation).param("at", Timestamp.from(at)).param("by", by)
                .update();
    }

    void endMonitoring(long forwardingId, String result, LocalDate informedOn, Instant at, String by) {
        jdbc.sql("""
                UPDATE case_forwarding SET state = 'MONITORING_ENDED', investigation_result = :result,
                    citizen_informed_on = :informed, monitoring_ended_at = :at, monitoring_ended_by = :by
                WHERE id = :id
                """)
                .param("id", forwardingId).param("result", result).param("informed", Date.valueOf(informedOn))
                .param("at", Timestamp.from(at)).param("by", by)
                .update();
    }

    private static Forwarding forwarding(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        return new Forwarding(rs.getLong("id"), ForwardingState.valueOf(rs.getString("state")),
                instant(rs, "forwarded_at"), rs.getString("forwarded_by"), rs.getString("motivation"),
                rs.getString("urgency"), rs.getString("target_team"), (Long) rs.getObject("consultation_id"),
                rs.getString("approved_by_senior"), instant(rs, "accepted_at"), rs.getString("accepted_by"),
                rs.getString("return_reason"), decision == null ? null : InspectorDecision.valueOf(decision),
                rs.getString("decision_motivation"), instant(rs, "decided_at"), rs.getString("decided_by"),
                rs.getString("investigation_result"), date(rs, "citizen_informed_on"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
