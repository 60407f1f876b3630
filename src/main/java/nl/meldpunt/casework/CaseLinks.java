package nl.meldpunt.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Related cases (same provider, same event, follow-up), shown on both cases, and merging a duplicate into another
 * case: everything moves in one transaction, the duplicate is closed and kept as a pointer (a MERGED_INTO link),
 * and both histories tell it.
 */
@Component
public class CaseLinks {

    private final JdbcClient jdbc;
    private final CaseQueries queries;
    private final CaseHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseLinks(JdbcClient jdbc, CaseQueries queries, CaseHistory history, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CaseLink> forCase(long caseId) {
        return jdbc.sql("""
                SELECT l.id, l.type, TRUE AS outgoing, c.case_number, c.status, l.created_at, l.created_by, l.reason
                FROM case_link l JOIN case_file c ON c.id = l.to_case_id WHERE l.from_case_id = :id
                UNION ALL
                SELECT l.id, l.type, FALSE, c.case_number, c.status, l.created_at, l.created_by, l.reason
                FROM case_link l JOIN case_file c ON c.id = l.from_case_id WHERE l.to_case_id = :id
                ORDER BY created_at, id""")
                .param("id", caseId)
                .query((rs, n) -> new CaseLink(rs.getLong("id"), LinkType.valueOf(rs.getString("type")),
                        rs.getBoolean("outgoing"), rs.getString("case_number"),
                        CaseStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by"), rs.getString("reason")))
                .list();
    }

    /** Another case about the same register provider, not linked to this one yet. */
    public record SameProviderCase(String caseNumber, CaseStatus status, String providerName) {}

    /** Cases about a provider this case's subjects are linked to, newest first, not linked yet: candidates to link. */
    @Transactional(readOnly = true)
    public List<SameProviderCase> sameProviderCases(long caseId, int limit) {
        return jdbc.sql("""
                SELECT DISTINCT ON (c.received_at, c.id) c.case_number, c.status, p.name
                FROM case_subject mine
                JOIN case_subject other ON other.provider_id = mine.provider_id AND other.case_id <> mine.case_id
                JOIN case_file c ON c.id = other.case_id
                JOIN provider p ON p.id = mine.provider_id
                WHERE mine.case_id = :id AND NOT EXISTS (
                    SELECT 1 FROM case_link l WHERE (l.from_case_id = :id AND l.to_case_id = c.id)
                                                 OR (l.to_case_id = :id AND l.from_case_id = c.id))
                ORDER BY c.received_at DESC, c.id DESC
                LIMIT :limit""")
                .param("id", caseId).param("limit", limit)
                .query((rs, n) -> new SameProviderCase(rs.getString(1), CaseStatus.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
    }

    /** The case a merged duplicate now points to, or empty when it was not merged. */
    @Transactional(readOnly = true)
    public Optional<String> mergedInto(long caseId) {
        return jdbc.sql("""
                SELECT c.case_number FROM case_link l JOIN case_file c ON c.id = l.to_case_id
                WHERE l.from_case_id = :id AND l.type = 'MERGED_INTO'""")
                .param("id", caseId).query(String.class).optional();
    }

    /** Links two cases; linking what is linked already changes nothing. For FOLLOW_UP this case follows up the other. */
    @Transactional
    public CaseLink link(String caseNumber, String otherNumber, LinkType type, String reason) {
        if (type == null || type == LinkType.MERGED_INTO) {
            throw InvalidInput.of("type", "Choose SAME_PROVIDER, SAME_EVENT or FOLLOW_UP; merge through the merge.");
        }
        long from = caseId(caseNumber);
        long to = queries.idOf(otherNumber).orElseThrow(() -> InvalidInput.of("otherCaseNumber", "No such case."));
        if (from == to) {
            throw MergeRefused.linkToItself();
        }
        boolean symmetric = type != LinkType.FOLLOW_UP;
        Optional<Long> existing = jdbc.sql("""
                SELECT id FROM case_link WHERE type = :type
                  AND ((from_case_id = :from AND to_case_id = :to) OR (:symmetric AND from_case_id = :to AND to_case_id = :from))
                LIMIT 1""")
                .param("type", type.name()).param("from", from).param("to", to).param("symmetric", symmetric)
                .query(Long.class).optional();
        long id = existing.orElseGet(() -> {
            long created = insertLink(from, to, type, reason);
            history.record(from, CurrentUser.name(), HistoryAction.CASE_LINKED,
                    Map.of("type", type.name(), "case", otherNumber), reason);
            history.record(to, CurrentUser.name(), HistoryAction.CASE_LINKED,
                    Map.of("type", type.name(), "case", caseNumber), reason);
            return created;
        });
        return forCase(from).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public void unlink(String caseNumber, long linkId, String reason) {
        long caseId = caseId(caseNumber);
        CaseLink link = forCase(caseId).stream().filter(l -> l.id() == linkId).findFirst()
                .orElseThrow(() -> new NotFound("Link " + linkId));
        if (link.type() == LinkType.MERGED_INTO) {
            throw InvalidInput.of("linkId", "A merge cannot be undone by removing its link.");
        }
        jdbc.sql("DELETE FROM case_link WHERE id = :id").param("id", linkId).update();
        long other = queries.idOf(link.otherCaseNumber()).orElseThrow();
        history.record(caseId, CurrentUser.name(), HistoryAction.CASE_UNLINKED,
                Map.of("type", link.type().name(), "case", link.otherCaseNumber()), reason);
        history.record(other, CurrentUser.name(), HistoryAction.CASE_UNLINKED,
                Map.of("type", link.type().name(), "case", caseNumber), reason);
    }

    /**
     * Merges {@code duplicateNumber} into {@code intoNumber}: contacts, attachments, subjects, parties (the
     * duplicate's reporter becomes a party), links and history move; the duplicate is closed and points to the
     * other case. Refused into itself, into a closed or merged case, and for a case merged already.
     */
    @Transactional
    public void merge(String duplicateNumber, String intoNumber, String reason) {
        if (duplicateNumber.equals(intoNumber)) {
            throw MergeRefused.intoItself();
        }
        long dup = caseId(duplicateNumber);
        long into = queries.idOf(intoNumber).orElseThrow(() -> InvalidInput.of("intoCaseNumber", "No such case."));
        // Lock both in id order, so two merges of the same pair cannot deadlock or both succeed.
        Map<Long, String> status = new LinkedHashMap<>();
        jdbc.sql("SELECT id, status FROM case_file WHERE id IN (:a, :b) ORDER BY id FOR UPDATE")
                .param("a", dup).param("b", into)
                .query(rs -> {
                    status.put(rs.getLong("id"), rs.getString("status"));
                });
        if (mergedInto(dup).isPresent()) {
            throw MergeRefused.alreadyMerged(duplicateNumber);
        }
        if (CaseStatus.valueOf(status.get(into)) == CaseStatus.CLOSED || mergedInto(into).isPresent()) {
            throw MergeRefused.intoClosedCase(intoNumber);
        }
        Map<String, Object> moved = new LinkedHashMap<>();
        moved.put("contacts", move("case_contact", dup, into));
        moved.put("attachments", move("case_attachment", dup, into));
        moved.put("subjects", move("case_subject", dup, into));
        moved.put("parties", move("case_party", dup, into) + reporterToParty(dup, into, duplicateNumber));
        moved.put("history", jdbc.sql("""
                UPDATE case_history SET case_id = :into,
                    details = coalesce(details, '{}'::jsonb) || jsonb_build_object('mergedFrom', CAST(:number AS text))
                WHERE case_id = :dup""")
                .param("into", into).param("dup", dup).param("number", duplicateNumber).update());
        moveLinks(dup, into);
        jdbc.sql("""
                UPDATE case_file SET search_vector = case_file.search_vector || d.search_vector,
                    version = case_file.version + 1
                FROM case_file d WHERE case_file.id = :into AND d.id = :dup""")
                .param("into", into).param("dup", dup).update();
        jdbc.sql("UPDATE case_file SET status = 'CLOSED', version = version + 1 WHERE id = :dup")
                .param("dup", dup).update();
        insertLink(dup, into, LinkType.MERGED_INTO, reason);

        String actor = CurrentUser.name();
        if (CaseStatus.valueOf(status.get(dup)) != CaseStatus.CLOSED) {
            history.record(dup, actor, HistoryAction.STATUS_CHANGED,
                    Map.of("from", status.get(dup), "to", CaseStatus.CLOSED.name()), reason);
        }
        Map<String, Object> toDetails = new LinkedHashMap<>(moved);
        toDetails.put("case", intoNumber);
        history.record(dup, actor, HistoryAction.MERGED_INTO, toDetails, reason);
        Map<String, Object> fromDetails = new LinkedHashMap<>(moved);
        fromDetails.put("case", duplicateNumber);
        history.record(into, actor, HistoryAction.MERGED_FROM, fromDetails, reason);
        events.publishEvent(new CaseMerged(dup, duplicateNumber, into, intoNumber));
    }

    private int move(String table, long dup, long into) {
        return jdbc.sql("UPDATE " + table + " SET case_id = :into WHERE case_id = :dup")
                .param("into", into).param("dup", dup).update();
    }

    /**
     * The duplicate's reporter (when known by name or contact) stays findable on the surviving case, as a party whose
     * relation is the duplicate's case number.
     */
    private int reporterToParty(long dup, long into, String duplicateNumber) {
        return jdbc.sql("""
                INSERT INTO case_party (case_id, role, name, relation, contact, added_at, added_by)
                SELECT :into,
                       CASE relation WHEN 'PATIENT' THEN 'PATIENT' WHEN 'RELATIVE' THEN 'RELATIVE' ELSE 'OTHER' END,
                       name, CAST(:number AS text),
                       nullif(concat_ws(', ', email, phone, postal_address), ''), :now, :actor
                FROM case_reporter
                WHERE case_id = :dup AND NOT anonymous
                  AND (name IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL OR postal_address IS NOT NULL)""")
                .param("into", into).param("dup", dup).param("number", duplicateNumber)
                .param("now", Timestamp.from(clock.instant())).param("actor", CurrentUser.name())
                .update();
    }

    /** Links of the duplicate to third cases now belong to the surviving case (when it has no such link yet). */
    private void moveLinks(long dup, long into) {
        jdbc.sql("""
                UPDATE case_link l SET from_case_id = :into
                WHERE l.from_case_id = :dup AND l.to_case_id <> :into AND NOT EXISTS (
                    SELECT 1 FROM case_link x WHERE x.from_case_id = :into AND x.to_case_id = l.to_case_id
                      AND x.type = l.type)""")
                .param("into", into).param("dup", dup).update();
        jdbc.sql("""
                UPDATE case_link l SET to_case_id = :into
                WHERE l.to_case_id = :dup AND l.from_case_id <> :into AND l.type <> 'MERGED_INTO' AND NOT EXISTS (
                    SELECT 1 FROM case_link x WHERE x.to_case_id = :into AND x.from_case_id = l.from_case_id
                      AND x.type = l.type)""")
                .param("into", into).param("dup", dup).update();
    }

    private long insertLink(long from, long to, LinkType type, String reason) {
        return jdbc.sql("""
                INSERT INTO case_link (from_case_id, to_case_id, type, created_at, created_by, reason)
                VALUES (:from, :to, :type, :now, :actor, :reason) RETURNING id""")
                .param("from", from).param("to", to).param("type", type.name())
                .param("now", Timestamp.from(clock.instant())).param("actor", CurrentUser.name())
                .param("reason", reason)
                .query(Long.class).single();
    }

    private long caseId(String caseNumber) {
        return queries.requireId(caseNumber);
    }
}
