package nl.meldpunt.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.platform.PersonQuery;
import nl.meldpunt.platform.PersonalDataHolder;
import nl.meldpunt.platform.PersonalRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The other persons involved in a case ({@code case_party}: patient, witness, relative; name, relation, contact)
 * for the privacy module: found by name (fuzzy), e-mail or phone number in the contact field, exported, corrected,
 * erased and destroyed. Record id {@code party:<id>}. History entries name the fields, never the values.
 */
@Component
class PartyPersonalData implements PersonalDataHolder {

    static final String SOURCE = "casework.party";
    private static final double NAME_THRESHOLD = 0.35;
    private static final List<String> FIELDS = List.of("name", "relation", "contact");

    private final JdbcClient jdbc;
    private final CaseHistory history;

    PartyPersonalData(JdbcClient jdbc, CaseHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> find(PersonQuery query, int limit) {
        if (query.name() == null && query.email() == null && query.phoneDigits() == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT c.case_number, p.*, greatest(
                    """ + PersonQuery.nameScore("p.name") + """
                    , CASE WHEN CAST(:email AS text) IS NOT NULL AND position(lower(CAST(:email AS text)) IN lower(p.contact)) > 0
                         THEN 1 ELSE 0 END,
                    CASE WHEN CAST(:digits AS text) IS NOT NULL
                          AND regexp_replace(p.contact, '[^0-9]', '', 'g') LIKE '%' || right(CAST(:digits AS text), 9) || '%'
                         THEN 1 ELSE 0 END) AS score
                FROM case_party p JOIN case_file c ON c.id = p.case_id
                WHERE (CAST(:name AS text) IS NOT NULL AND lower(p.name) % lower(CAST(:name AS text)))
                   OR (CAST(:name AS text) IS NOT NULL AND lower(unaccent(p.name)) = lower(unaccent(CAST(:name AS text))))
                   OR (CAST(:email AS text) IS NOT NULL AND position(lower(CAST(:email AS text)) IN lower(p.contact)) > 0)
                   OR (CAST(:digits AS text) IS NOT NULL
                       AND regexp_replace(p.contact, '[^0-9]', '', 'g') LIKE '%' || right(CAST(:digits AS text), 9) || '%')
                ORDER BY score DESC, p.id DESC
                LIMIT :limit
                """)
                .param("name", query.name()).param("email", query.email()).param("digits", query.phoneDigits())
                .param("limit", limit)
                .query((rs, n) -> record(rs.getString("case_number"), rs.getLong("id"), rs.getString("role"),
                        rs.getString("name"), rs.getString("relation"), rs.getString("contact"), rs.getDouble("score")))
                .list().stream().filter(r -> r.score() >= NAME_THRESHOLD).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> forCase(String caseNumber) {
        return jdbc.sql("""
                SELECT c.case_number, p.* FROM case_party p JOIN case_file c ON c.id = p.case_id
                WHERE c.case_number = :n AND (p.name IS NOT NULL OR p.contact IS NOT NULL OR p.relation IS NOT NULL)
                ORDER BY p.id""")
                .param("n", caseNumber)
                .query((rs, n) -> record(caseNumber, rs.getLong("id"), rs.getString("role"), rs.getString("name"),
                        rs.getString("relation"), rs.getString("contact"), 1))
                .list();
    }

    @Override
    public List<String> correctableFields() {
        return FIELDS;
    }

    @Override
    @Transactional
    public void correct(String recordId, Map<String, String> values, String actor, String reason) {
        long id = id(recordId);
        Map<String, String> errors = new LinkedHashMap<>();
        values.keySet().stream().filter(f -> !FIELDS.contains(f)).forEach(f -> errors.put(f, "This field cannot be corrected."));
        if (values.isEmpty()) {
            errors.put("values", "Nothing to correct.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        for (String field : FIELDS) {
            if (values.containsKey(field)) {
                String v = values.get(field);
                jdbc.sql("UPDATE case_party SET " + field + " = :v WHERE id = :id")
                        .param("v", v == null || v.isBlank() ? null : v.strip()).param("id", id).update();
            }
        }
        history.record(caseOf(id, recordId), actor, HistoryAction.PERSONAL_DATA_CORRECTED,
                Map.of("record", "party", "fields", List.copyOf(values.keySet())), reason);
    }

    @Override
    @Transactional
    public void erase(String recordId, String actor, String reason) {
        long id = id(recordId);
        long caseId = jdbc.sql("UPDATE case_party SET name = NULL, relation = NULL, contact = NULL WHERE id = :id RETURNING case_id")
                .param("id", id).query(Long.class).optional().orElseThrow(() -> new NotFound(recordId));
        history.record(caseId, actor, HistoryAction.PERSONAL_DATA_ERASED, Map.of("record", "party"), reason);
    }

    @Override
    @Transactional
    public void destroyCase(String caseNumber, String actor) {
        // The role (patient, witness) stays for the statistics; who it was goes. The case history entry is written
        // by the case's own holder (PersonalDataStore).
        jdbc.sql("""
                UPDATE case_party SET name = NULL, relation = NULL, contact = NULL
                WHERE case_id = (SELECT id FROM case_file WHERE case_number = :n)""")
                .param("n", caseNumber).update();
    }

    @Override
    @Transactional
    public long anonymiseAll(Anonymiser fake) {
        List<Object[]> rows = jdbc.sql("SELECT id, name, contact FROM case_party WHERE name IS NOT NULL OR contact IS NOT NULL")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list();
        long changed = 0;
        for (Object[] r : rows) {
            String contact = (String) r[2];
            String fakeContact = contact == null ? null : contact.contains("@") ? fake.email(contact) : fake.phone(contact);
            changed += jdbc.sql("UPDATE case_party SET name = :n, contact = :c, relation = NULL WHERE id = :id")
                    .param("n", r[1] == null ? null : fake.name((String) r[1])).param("c", fakeContact)
                    .param("id", r[0]).update();
        }
        return changed;
    }

    private long caseOf(long id, String recordId) {
        return jdbc.sql("SELECT case_id FROM case_party WHERE id = :id").param("id", id).query(Long.class).optional()
                .orElseThrow(() -> new NotFound(recordId));
    }

    private static long id(String recordId) {
        if (recordId == null || !recordId.matches("party:\\d{1,18}")) {
            throw new NotFound("Record " + recordId);
        }
        return Long.parseLong(recordId.substring("party:".length()));
    }

    private static PersonalRecord record(String caseNumber, long id, String role, String name, String relation,
            String contact, double score) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("role", role);
        if (name != null) {
            fields.put("name", name);
        }
        if (relation != null) {
            fields.put("relation", relation);
        }
        if (contact != null) {
            fields.put("contact", contact);
        }
        return new PersonalRecord(SOURCE, "party:" + id, caseNumber, "party", fields, score);
    }
}
