package nl.meldpunt.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Other persons involved in a case (patient, relative, representative, witness). Their details are personal data:
 * the history records the role and which fields changed, never the values.
 */
@Component
public class CaseParties {

    private final JdbcClient jdbc;
    private final CaseQueries queries;
    private final CaseHistory history;
    private final Clock clock;

    CaseParties(JdbcClient jdbc, CaseQueries queries, CaseHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CaseParty> forCase(long caseId) {
        return jdbc.sql("SELECT * FROM case_party WHERE case_id = :id ORDER BY id")
                .param("id", caseId)
                .query((rs, n) -> new CaseParty(rs.getLong("id"), PartyRole.valueOf(rs.getString("role")),
                        rs.getString("name"), rs.getString("relation"), rs.getString("contact"),
                        rs.getTimestamp("added_at").toInstant(), rs.getString("added_by")))
                .list();
    }

    @Transactional
    public CaseParty add(String caseNumber, PartyInput input, String reason) {
        long caseId = caseId(caseNumber);
        check(input);
        long id = jdbc.sql("""
                INSERT INTO case_party (case_id, role, name, relation, contact, added_at, added_by)
                VALUES (:case, :role, :name, :relation, :contact, :now, :actor) RETURNING id""")
                .param("case", caseId)
                .param("role", input.role().name())
                .param("name", input.name())
                .param("relation", input.relation())
                .param("contact", input.contact())
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", CurrentUser.name())
                .query(Long.class)
                .single();
        history.record(caseId, CurrentUser.name(), HistoryAction.PARTY_ADDED, Map.of("role", input.role().name()),
                reason);
        return find(caseId, id);
    }

    @Transactional
    public CaseParty change(String caseNumber, long partyId, PartyInput input, String reason) {
        long caseId = caseId(caseNumber);
        CaseParty before = find(caseId, partyId);
        check(input);
        jdbc.sql("""
                UPDATE case_party SET role = :role, name = :name, relation = :relation, contact = :contact
                WHERE id = :id AND case_id = :case""")
                .param("role", input.role().name())
                .param("name", input.name())
                .param("relation", input.relation())
                .param("contact", input.contact())
                .param("id", partyId)
                .param("case", caseId)
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("role", input.role().name());
        List<String> changed = new java.util.ArrayList<>();
        if (before.role() != input.role()) {
            changed.add("role");
        }
        if (!java.util.Objects.equals(before.name(), input.name())) {
            changed.add("name");
        }
        if (!java.util.Objects.equals(before.relation(), input.relation())) {
            changed.add("relation");
        }
        if (!java.util.Objects.equals(before.contact(), input.contact())) {
            changed.add("contact");
        }
        if (!changed.isEmpty()) {
            details.put("changedFields", changed);
            history.record(caseId, CurrentUser.name(), HistoryAction.PARTY_CHANGED, details, reason);
        }
        return find(caseId, partyId);
    }

    @Transactional
    public void remove(String caseNumber, long partyId, String reason) {
        long caseId = caseId(caseNumber);
        CaseParty before = find(caseId, partyId);
        jdbc.sql("DELETE FROM case_party WHERE id = :id AND case_id = :case")
                .param("id", partyId).param("case", caseId).update();
        history.record(caseId, CurrentUser.name(), HistoryAction.PARTY_REMOVED, Map.of("role", before.role().name()),
                reason);
    }

    private CaseParty find(long caseId, long partyId) {
        return forCase(caseId).stream().filter(p -> p.id() == partyId).findFirst()
                .orElseThrow(() -> new NotFound("Person " + partyId));
    }

    private static void check(PartyInput input) {
        if (input.role() == null) {
            throw InvalidInput.of("role", "Choose a role.");
        }
        if (input.name() == null && input.relation() == null && input.contact() == null) {
            throw InvalidInput.of("name", "Give at least a name, a relation or contact details.");
        }
    }

    private long caseId(String caseNumber) {
        return queries.requireId(caseNumber);
    }
}
