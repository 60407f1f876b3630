package nl.meldpunt.casework;

import java.util.List;
import java.util.Map;
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
        if (!query.hasNameEmailOrPhone()) {
            return List.of();
        }
        String[] exact = {PersonQuery.emailWithin("p.contact"), PersonQuery.phoneWithin("p.contact")};
        return PersonQuery.wellMatched(query.bind(jdbc.sql(
                "SELECT c.case_number, p.*, " + PersonQuery.scoreOf("p.name", exact)
                + " AS score FROM case_party p JOIN case_file c ON c.id = p.case_id WHERE "
                + PersonQuery.matchOf("p.name", exact) + " ORDER BY score DESC, p.id DESC LIMIT :limit"), limit)
                .query((rs, n) -> record(rs.getString("case_number"), rs.getLong("id"), rs.getString("role"),
                        rs.getString("name"), rs.getString("relation"), rs.getString("contact"), rs.getDouble("score")))
                .list());
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
        PersonalDataHolder.requireCorrectable(values, FIELDS);
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
        return new PersonalRecord(SOURCE, "party:" + id, caseNumber, "party",
                PersonalRecord.fields("role", role, "name", name, "relation", relation, "contact", contact), score);
    }
}
