package nl.meldpunt.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.meldpunt.casework.ClosedCases;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Destruction lists: the periodic job proposes the closed cases whose retention term has ended (never one under
 * legal hold); an officer may take cases off the list; two different people approve it; then every module destroys
 * its personal data of those cases, and the anonymous case rows stay for the statistics.
 */
@Component
public class DestructionLists {

    public enum Status { PROPOSED, APPROVED, DESTROYED, REJECTED }

    public record Item(String caseNumber, String kind, String outcome, Instant closedAt, LocalDate dueOn,
            boolean excluded) {}

    public record DestructionList(long id, Instant proposedAt, Status status, String firstApprover, Instant firstAt,
            String secondApprover, Instant secondAt, Instant destroyedAt, long itemCount) {}

    private final JdbcClient jdbc;
    private final ClosedCases closedCases;
    private final RetentionSchedule schedule;
    private final LegalHolds holds;
    private final CaseDestruction destruction;
    private final TransactionTemplate tx;
    private final Clock clock;

    DestructionLists(JdbcClient jdbc, ClosedCases closedCases, RetentionSchedule schedule, LegalHolds holds,
            CaseDestruction destruction, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.closedCases = closedCases;
        this.schedule = schedule;
        this.holds = holds;
        this.destruction = destruction;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Proposes the cases now due: adds them to the open list (a new one if there is none). A list that already has
     * its first approval is left as it is; new cases wait for the next list. Returns the open list, if any.
     */
    public Optional<Long> propose() {
        return tx.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('destruction-list'))").query(Object.class).single();
            Optional<Object[]> open = jdbc.sql("SELECT id, first_approver FROM destruction_list WHERE status = 'PROPOSED'")
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
            if (open.isPresent() && open.get()[1] != null) {
                return Optional.of((Long) open.get()[0]);
            }
            List<RetentionSchedule.Rule> rules = schedule.rules();
            if (rules.isEmpty()) {
                return open.map(o -> (Long) o[0]);
            }
            Instant now = clock.instant();
            LocalDate today = now.atZone(Amsterdam.ZONE).toLocalDate();
            int shortest = rules.stream().mapToInt(RetentionSchedule.Rule::years).min().orElseThrow();
            Instant closedBefore = today.minusYears(shortest).plusDays(1).atStartOfDay(Amsterdam.ZONE).toInstant();
            Long[] listId = {open.map(o -> (Long) o[0]).orElse(null)};
            Set<String> listed = new HashSet<>(listId[0] == null ? List.of()
                    : jdbc.sql("SELECT case_number FROM destruction_item WHERE list_id = :id").param("id", listId[0])
                            .query(String.class).list());
            closedCases.closedBefore(closedBefore, c -> {
                var rule = RetentionSchedule.decisive(rules, c.kind(), c.outcome());
                if (rule.isEmpty() || listed.contains(c.caseNumber())) {
                    return;
                }
                LocalDate due = RetentionSchedule.dueOn(rule.get(), c.closedAt().atZone(Amsterdam.ZONE).toLocalDate());
                if (due.isAfter(today) || holds.isOnHold(c.caseNumber())) {
                    return;
                }
                if (listId[0] == null) {
                    listId[0] = jdbc.sql("INSERT INTO destruction_list (proposed_at, status) VALUES (:at, 'PROPOSED') RETURNING id")
                            .param("at", Timestamp.from(now)).query(Long.class).single();
                }
                jdbc.sql("""
                        INSERT INTO destruction_item (list_id, case_number, kind, outcome, closed_at, due_on, rule_id)
                        VALUES (:list, :n, :kind, :outcome, :closed, :due, :rule)""")
                        .param("list", listId[0]).param("n", c.caseNumber()).param("kind", c.kind())
                        .param("outcome", c.outcome()).param("closed", Timestamp.from(c.closedAt()))
                        .param("due", due).param("rule", rule.get().id()).update();
            });
            return Optional.ofNullable(listId[0]);
        });
    }

    /** Takes a case off (or back onto) a proposed list, before anyone approved it. */
    public void exclude(long listId, String caseNumber, boolean excluded) {
        tx.executeWithoutResult(s -> {
            requireProposed(listId, true);
            jdbc.sql("UPDATE destruction_item SET excluded = :e WHERE list_id = :id AND case_number = :n")
                    .param("e", excluded).param("id", listId).param("n", caseNumber).update();
        });
    }

    /**
     * Approves the list as the current user. The first approval is recorded; the second, by someone else, approves
     * the list and the cases on it are destroyed at once. Returns the list's status afterwards.
     */
    public Status approve(long listId) {
        String actor = CurrentUser.name();
        boolean complete = Boolean.TRUE.equals(tx.execute(s -> {
            String first = requireProposed(listId, false);
            Timestamp now = Timestamp.from(clock.instant());
            if (first == null) {
                jdbc.sql("UPDATE destruction_list SET first_approver = :a, first_at = :at WHERE id = :id")
                        .param("a", actor).param("at", now).param("id", listId).update();
                return false;
            }
            if (first.equals(actor)) {
                throw new SecondApprovalBySamePerson();
            }
            jdbc.sql("UPDATE destruction_list SET second_approver = :a, second_at = :at, status = 'APPROVED' WHERE id = :id")
                    .param("a", actor).param("at", now).param("id", listId).update();
            return true;
        }));
        if (!complete) {
            return Status.PROPOSED;
        }
        execute(listId, actor);
        return Status.DESTROYED;
    }

    public void reject(long listId) {
        tx.executeWithoutResult(s -> {
            requireProposed(listId, false);
            jdbc.sql("UPDATE destruction_list SET status = 'REJECTED' WHERE id = :id").param("id", listId).update();
        });
    }

    /** Destroys the approved list's cases, one transaction per case; a case placed under hold meanwhile is skipped. */
    void execute(long listId, String actor) {
        List<String> numbers = jdbc.sql("SELECT case_number FROM destruction_item WHERE list_id = :id AND NOT excluded ORDER BY closed_at")
                .param("id", listId).query(String.class).list();
        for (String number : numbers) {
            if (holds.isOnHold(number)) {
                jdbc.sql("UPDATE destruction_item SET excluded = TRUE WHERE list_id = :id AND case_number = :n")
                        .param("id", listId).param("n", number).update();
                continue;
            }
            destruction.destroy(number, listId, actor);
        }
        jdbc.sql("UPDATE destruction_list SET status = 'DESTROYED', destroyed_at = :at WHERE id = :id")
                .param("at", Timestamp.from(clock.instant())).param("id", listId).update();
    }

    public Optional<DestructionList> find(long id) {
        return jdbc.sql(LIST_SQL + " WHERE l.id = :id").param("id", id).query(this::mapList).optional();
    }

    public List<DestructionList> recent(int limit) {
        return jdbc.sql(LIST_SQL + " ORDER BY l.id DESC LIMIT :limit").param("limit", limit).query(this::mapList).list();
    }

    public List<Item> items(long listId, int limit) {
        return jdbc.sql("SELECT * FROM destruction_item WHERE list_id = :id ORDER BY closed_at, case_number LIMIT :limit")
                .param("id", listId).param("limit", limit)
                .query((rs, n) -> new Item(rs.getString("case_number"), rs.getString("kind"), rs.getString("outcome"),
                        rs.getTimestamp("closed_at").toInstant(), rs.getObject("due_on", LocalDate.class),
                        rs.getBoolean("excluded")))
                .list();
    }

    private static final String LIST_SQL = """
            SELECT l.*, (SELECT count(*) FROM destruction_item i WHERE i.list_id = l.id AND NOT i.excluded) AS items
            FROM destruction_list l""";

    private DestructionList mapList(ResultSet rs, int n) throws SQLException {
        return new DestructionList(rs.getLong("id"), rs.getTimestamp("proposed_at").toInstant(),
                Status.valueOf(rs.getString("status")), rs.getString("first_approver"), instant(rs, "first_at"),
                rs.getString("second_approver"), instant(rs, "second_at"), instant(rs, "destroyed_at"),
                rs.getLong("items"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** Locks the list; throws unless it is still proposed (and, if asked, not yet approved by anyone). */
    private String requireProposed(long listId, boolean unapproved) {
        Object[] row = jdbc.sql("SELECT status, first_approver FROM destruction_list WHERE id = :id FOR UPDATE")
                .param("id", listId).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2)})
                .optional().orElseThrow(() -> new NotFound("Destruction list"));
        if (!"PROPOSED".equals(row[0]) || (unapproved && row[1] != null)) {
            throw new DestructionListNotOpen();
        }
        return (String) row[1];
    }
}
