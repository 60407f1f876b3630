package nl.meldpunt.casework;

import static nl.meldpunt.platform.PersonalRecord.fields;

import java.util.ArrayList;
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
 * The personal data casework keeps, for the privacy module: the reporter (name, e-mail, phone, address), the free
 * text of a case (description, inspector's summary), contact summaries and attachments. Finds, exports, corrects
 * and erases them for data-subject requests, destroys them at the end of a retention term (keeping the case's
 * classification, dates and status for statistics) and anonymises them for test copies. Every change writes a
 * history entry without the personal values themselves.
 *
 * <p>Record ids: {@code reporter:<case>}, {@code text:<case>}, {@code contact:<id>}, {@code attachment:<id>}.
 */
@Component
public class PersonalDataStore implements PersonalDataHolder {

    static final String SOURCE = "casework";
    private static final List<String> REPORTER_FIELDS = List.of("name", "email", "phone", "postalAddress");

    private final JdbcClient jdbc;
    private final CaseHistory history;

    PersonalDataStore(JdbcClient jdbc, CaseHistory history) {
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
            return List.of(); // casework keeps no date of birth
        }
        String[] exact = {PersonQuery.emailIs("r.email"), PersonQuery.phoneEndsWith("r.phone")};
        return PersonQuery.wellMatched(query.bind(jdbc.sql(
                "SELECT c.case_number, r.*, " + PersonQuery.scoreOf("r.name", exact)
                + " AS score FROM case_reporter r JOIN case_file c ON c.id = r.case_id WHERE "
                + PersonQuery.matchOf("r.name", exact) + " ORDER BY score DESC, c.received_at DESC LIMIT :limit"), limit)
                .query((rs, n) -> reporterRecord(rs.getString("case_number"), rs.getString("name"),
                        rs.getString("email"), rs.getString("phone"), rs.getString("postal_address"),
                        rs.getString("relation"), rs.getDouble("score")))
                .list());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> forCase(String caseNumber) {
        long caseId = caseId(caseNumber);
        List<PersonalRecord> records = new ArrayList<>();
        jdbc.sql("SELECT * FROM case_reporter WHERE case_id = :id AND NOT anonymous").param("id", caseId)
                .query((rs, n) -> reporterRecord(caseNumber, rs.getString("name"), rs.getString("email"),
                        rs.getString("phone"), rs.getString("postal_address"), rs.getString("relation"), 1))
                .list().forEach(records::add);
        jdbc.sql("SELECT description, inspector_summary, received_at FROM case_file WHERE id = :id").param("id", caseId)
                .query((rs, n) -> record("text:" + caseNumber, caseNumber, "text", fields(
                        "receivedAt", rs.getTimestamp("received_at").toInstant().toString(),
                        "description", rs.getString("description"),
                        "inspectorSummary", rs.getString("inspector_summary"))))
                .list().forEach(records::add);
        jdbc.sql("SELECT id, occurred_at, medium, direction, summary FROM case_contact WHERE case_id = :id ORDER BY occurred_at, id")
                .param("id", caseId)
                .query((rs, n) -> record("contact:" + rs.getLong("id"), caseNumber, "contact", fields(
                        "occurredAt", rs.getTimestamp("occurred_at").toInstant().toString(),
                        "medium", rs.getString("medium"),
                        "direction", rs.getString("direction"),
                        "summary", rs.getString("summary"))))
                .list().forEach(records::add);
        jdbc.sql("SELECT id, filename, content_type, size_bytes, sha256 FROM case_attachment WHERE case_id = :id ORDER BY id")
                .param("id", caseId)
                .query((rs, n) -> record("attachment:" + rs.getLong("id"), caseNumber, "attachment", fields(
                        "filename", rs.getString("filename"),
                        "contentType", rs.getString("content_type"),
                        "sizeBytes", Long.toString(rs.getLong("size_bytes")),
                        "sha256", rs.getString("sha256"))))
                .list().forEach(records::add);
        return records;
    }

    @Override
    public List<String> correctableFields() {
        return REPORTER_FIELDS;
    }

    @Override
    @Transactional
    public void correct(String recordId, Map<String, String> values, String actor, String reason) {
        if (recordId == null || !recordId.startsWith("reporter:")) {
            throw InvalidInput.of("records", "Only personal details (not texts or files) can be corrected.");
        }
        String caseNumber = idPart(recordId, "reporter");
        long caseId = caseId(caseNumber);
        PersonalDataHolder.requireCorrectable(values, REPORTER_FIELDS);
        Map<String, String> current = jdbc.sql("SELECT name, email, phone, postal_address FROM case_reporter WHERE case_id = :id AND NOT anonymous")
                .param("id", caseId)
                .query((rs, n) -> fields("name", rs.getString("name"), "email", rs.getString("email"),
                        "phone", rs.getString("phone"), "postalAddress", rs.getString("postal_address")))
                .optional().orElseThrow(() -> new NotFound("Reporter of " + caseNumber));
        Map<String, String> next = new LinkedHashMap<>(current);
        values.forEach((k, v) -> next.put(k, v == null || v.isBlank() ? null : v.strip()));
        jdbc.sql("""
                UPDATE case_reporter SET name = :name, email = :email, phone = :phone, postal_address = :address
                WHERE case_id = :id""")
                .param("name", next.get("name")).param("email", next.get("email"))
                .param("phone", next.get("phone")).param("address", next.get("postalAddress"))
                .param("id", caseId).update();
        history.record(caseId, actor, HistoryAction.PERSONAL_DATA_CORRECTED,
                Map.of("fields", List.copyOf(values.keySet())), reason);
    }

    @Override
    @Transactional
    public void erase(String recordId, String actor, String reason) {
        String kind = recordId.substring(0, Math.max(0, recordId.indexOf(':')));
        long caseId;
        switch (kind) {
            case "reporter" -> {
                caseId = caseId(idPart(recordId, kind));
                eraseReporter(caseId);
            }
            case "text" -> {
                caseId = caseId(idPart(recordId, kind));
                eraseText(caseId, true);
            }
            case "contact" -> {
                long id = Long.parseLong(idPart(recordId, kind));
                caseId = jdbc.sql("UPDATE case_contact SET summary = NULL WHERE id = :id RETURNING case_id")
                        .param("id", id).query(Long.class).optional().orElseThrow(() -> new NotFound(recordId));
            }
            case "attachment" -> {
                long id = Long.parseLong(idPart(recordId, kind));
                caseId = jdbc.sql("DELETE FROM case_attachment WHERE id = :id RETURNING case_id")
                        .param("id", id).query(Long.class).optional().orElseThrow(() -> new NotFound(recordId));
            }
            default -> throw new NotFound(recordId);
        }
        history.record(caseId, actor, HistoryAction.PERSONAL_DATA_ERASED, Map.of("record", kind), reason);
    }

    @Override
    @Transactional
    public void destroyCase(String caseNumber, String actor) {
        long caseId = caseId(caseNumber);
        eraseReporter(caseId);
        eraseText(caseId, false);
        jdbc.sql("DELETE FROM case_attachment WHERE case_id = :id").param("id", caseId).update();
        jdbc.sql("UPDATE case_contact SET summary = NULL WHERE case_id = :id").param("id", caseId).update();
        jdbc.sql("UPDATE case_subject SET name = NULL, big_number = NULL WHERE case_id = :id AND type = 'PROFESSIONAL'")
                .param("id", caseId).update();
        // Status changes hold only codes and are kept for the statistics (forwarded, closed); every other detail
        // and every reason may hold personal values.
        jdbc.sql("""
                UPDATE case_history SET reason = NULL,
                    details = CASE WHEN action = 'STATUS_CHANGED' THEN details ELSE NULL END
                WHERE case_id = :id""").param("id", caseId).update();
        history.record(caseId, actor, HistoryAction.CASE_DESTROYED, null, null);
    }

    @Override
    @Transactional
    public long anonymiseAll(Anonymiser fake) {
        long rows = 0;
        List<Object[]> reporters = jdbc.sql("SELECT case_id, name, email, phone, postal_address FROM case_reporter WHERE NOT anonymous")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)})
                .list();
        for (Object[] r : reporters) {
            rows += jdbc.sql("UPDATE case_reporter SET name = :n, email = :e, phone = :p, postal_address = :a WHERE case_id = :id")
                    .param("n", nullSafe((String) r[1], fake::name)).param("e", nullSafe((String) r[2], fake::email))
                    .param("p", nullSafe((String) r[3], fake::phone)).param("a", nullSafe((String) r[4], fake::address))
                    .param("id", r[0]).update();
        }
        List<Object[]> texts = jdbc.sql("SELECT id, description, inspector_summary FROM case_file")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list();
        for (Object[] t : texts) {
            String description = fake.text((String) t[1]);
            rows += jdbc.sql("""
                    UPDATE case_file SET description = :d, inspector_summary = :s,
                        search_vector = setweight(to_tsvector('dutch', unaccent(coalesce(
                            (SELECT string_agg(concat_ws(' ', s.name, s.place, s.lot_number), ' ')
                             FROM case_subject s WHERE s.case_id = case_file.id), ''))), 'A')
                          || setweight(to_tsvector('dutch', unaccent(:d)), 'B')
                    WHERE id = :id""")
                    .param("d", description).param("s", nullSafe((String) t[2], fake::text)).param("id", t[0])
                    .update();
        }
        List<Object[]> contacts = jdbc.sql("SELECT id, summary FROM case_contact WHERE summary IS NOT NULL")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        for (Object[] c : contacts) {
            rows += jdbc.sql("UPDATE case_contact SET summary = :s WHERE id = :id")
                    .param("s", fake.text((String) c[1])).param("id", c[0]).update();
        }
        jdbc.sql("UPDATE case_subject SET name = :n, big_number = NULL WHERE type = 'PROFESSIONAL' AND name IS NOT NULL")
                .param("n", fake.name(null)).update();
        rows += jdbc.sql("DELETE FROM case_attachment").update();
        rows += jdbc.sql("UPDATE case_history SET reason = NULL, details = CASE WHEN action = 'STATUS_CHANGED' THEN details ELSE NULL END WHERE reason IS NOT NULL OR (details IS NOT NULL AND action <> 'STATUS_CHANGED')")
                .update();
        return rows;
    }

    private void eraseReporter(long caseId) {
        jdbc.sql("""
                UPDATE case_reporter SET anonymous = TRUE, name = NULL, email = NULL, phone = NULL,
                    postal_address = NULL, contact_preference = 'NONE'
                WHERE case_id = :id""").param("id", caseId).update();
    }

    /**
     * Empties the description and summary. After an erasure the search index keeps the subjects (providers,
     * products) so the case can still be found by them; after destruction it keeps nothing.
     */
    private void eraseText(long caseId, boolean keepSubjectsSearchable) {
        jdbc.sql("""
                UPDATE case_file SET description = '', inspector_summary = NULL, version = version + 1,
                    search_vector = CASE WHEN :keep THEN setweight(to_tsvector('dutch', unaccent(coalesce(
                            (SELECT string_agg(concat_ws(' ', s.name, s.place, s.lot_number), ' ')
                             FROM case_subject s WHERE s.case_id = case_file.id AND s.type <> 'PROFESSIONAL'), ''))), 'A')
                        ELSE ''::tsvector END
                WHERE id = :id""").param("id", caseId).param("keep", keepSubjectsSearchable).update();
        jdbc.sql("UPDATE case_history SET details = details - 'inspectorSummary' WHERE case_id = :id AND action = 'CLASSIFIED'")
                .param("id", caseId).update();
    }

    private long caseId(String caseNumber) {
        if (!CaseNumber.isValid(caseNumber)) {
            throw new NotFound("Case " + caseNumber);
        }
        return jdbc.sql("SELECT id FROM case_file WHERE case_number = :n").param("n", caseNumber)
                .query(Long.class).optional().orElseThrow(() -> new NotFound("Case " + caseNumber));
    }

    private static String idPart(String recordId, String kind) {
        if (recordId == null || !recordId.startsWith(kind + ":")) {
            throw new NotFound("Record " + recordId);
        }
        return recordId.substring(kind.length() + 1);
    }

    private static PersonalRecord reporterRecord(String caseNumber, String name, String email, String phone,
            String address, String relation, double score) {
        return record("reporter:" + caseNumber, caseNumber, "reporter", fields("name", name, "email", email,
                "phone", phone, "postalAddress", address, "relation", relation), score);
    }

    private static PersonalRecord record(String id, String caseNumber, String kind, Map<String, String> fields) {
        return record(id, caseNumber, kind, fields, 1);
    }

    private static PersonalRecord record(String id, String caseNumber, String kind, Map<String, String> fields,
            double score) {
        return new PersonalRecord(SOURCE, id, caseNumber, kind, fields, score);
    }

    private static String nullSafe(String value, java.util.function.UnaryOperator<String> f) {
        return value == null ? null : f.apply(value);
    }
}
