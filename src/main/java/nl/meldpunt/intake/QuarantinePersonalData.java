package nl.meldpunt.intake;

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
 * Whole public-form submissions held in the spam quarantine ({@code spam_quarantine.submission}: name, e-mail,
 * phone, address, the story; plus files) for the privacy module. Found by name (fuzzy), e-mail or phone; exported;
 * erased (the submission is reduced to its kind, the files deleted; the row stays so the review is accounted
 * for). A submission that became a case carries its case number and is destroyed with that case. Record id
 * {@code quarantine:<id>}; its case number is the case it became, or null.
 */
@Component
class QuarantinePersonalData implements PersonalDataHolder {

    static final String SOURCE = "intake.quarantine";
    private static final List<String> SHOWN = List.of("name", "email", "phone", "postalAddress", "relation", "kind",
            "description", "subjectName", "subjectPlace", "occurredOn");

    private final JdbcClient jdbc;

    QuarantinePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        String name = "q.submission->>'name'";
        String[] exact = {PersonQuery.emailIs("q.submission->>'email'"), PersonQuery.phoneEndsWith("q.submission->>'phone'")};
        return PersonQuery.wellMatched(query.bind(jdbc.sql(
                "SELECT q.id, q.case_number, q.received_at, q.submission::text AS submission, "
                + PersonQuery.scoreOf(name, exact) + " AS score FROM spam_quarantine q WHERE "
                + PersonQuery.matchOf(name, exact) + " ORDER BY score DESC, q.id DESC LIMIT :limit"), limit)
                .query((rs, n) -> record(rs.getLong("id"), rs.getString("case_number"),
                        rs.getTimestamp("received_at").toInstant().toString(), rs.getString("submission"),
                        rs.getDouble("score")))
                .list());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> forCase(String caseNumber) {
        return jdbc.sql("""
                SELECT id, case_number, received_at, submission::text AS submission FROM spam_quarantine
                WHERE case_number = :n AND submission->>'erased' IS NULL ORDER BY id""")
                .param("n", caseNumber)
                .query((rs, n) -> record(rs.getLong("id"), caseNumber,
                        rs.getTimestamp("received_at").toInstant().toString(), rs.getString("submission"), 1))
                .list();
    }

    @Override
    public List<String> correctableFields() {
        return List.of();
    }

    @Override
    public void correct(String recordId, Map<String, String> values, String actor, String reason) {
        throw InvalidInput.of("records", "A quarantined submission is kept as it arrived; erase it instead.");
    }

    @Override
    @Transactional
    public void erase(String recordId, String actor, String reason) {
        if (recordId == null || !recordId.matches("quarantine:\\d{1,18}")) {
            throw new NotFound("Record " + recordId);
        }
        long id = Long.parseLong(recordId.substring("quarantine:".length()));
        if (eraseWhere("id = :v", id) == 0) {
            throw new NotFound(recordId);
        }
    }

    @Override
    @Transactional
    public void destroyCase(String caseNumber, String actor) {
        eraseWhere("case_number = :v", caseNumber);
    }

    @Override
    @Transactional
    public long anonymiseAll(Anonymiser fake) {
        // Test copies need no quarantined submissions at all.
        return eraseWhere("TRUE", null);
    }

    private int eraseWhere(String condition, Object value) {
        jdbc.sql("DELETE FROM spam_quarantine_attachment WHERE quarantine_id IN (SELECT id FROM spam_quarantine WHERE "
                + condition + ")").param("v", value).update();
        return jdbc.sql("""
                UPDATE spam_quarantine SET submission = jsonb_build_object('kind', submission->'kind', 'erased', TRUE)
                WHERE\s""" + condition).param("v", value).update();
    }

    private static PersonalRecord record(long id, String caseNumber, String receivedAt, String submission,
            double score) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("receivedAt", receivedAt);
        Map<?, ?> values = tools.jackson.databind.json.JsonMapper.builder().build().readValue(submission, Map.class);
        for (String key : SHOWN) {
            Object v = values.get(key);
            if (v != null) {
                fields.put(key, v.toString());
            }
        }
        return new PersonalRecord(SOURCE, "quarantine:" + id, caseNumber, "quarantine", fields, score);
    }
}
