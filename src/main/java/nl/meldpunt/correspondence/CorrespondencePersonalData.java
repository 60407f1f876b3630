package nl.meldpunt.correspondence;

import static nl.meldpunt.platform.PersonalRecord.fields;

import java.util.List;
import java.util.Map;
import nl.meldpunt.casework.CaseJournal;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.casework.HistoryAction;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.platform.PersonQuery;
import nl.meldpunt.platform.PersonalDataHolder;
import nl.meldpunt.platform.PersonalRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters and e-mails sent ({@code correspondence_item}: recipient, address, subject, text, PDF) and authorisations
 * ({@code correspondence_authorisation}: note, signed document) for the privacy module. Found by the recipient's
 * name (fuzzy) or e-mail address, or a phone number or name in the text; exported; erased and destroyed (the
 * fact that a letter of a template went out stays, for the statistics). Sent items are a record of what was sent,
 * so they are not corrected. Record ids {@code letter:<id>}, {@code authorisation:<id>}.
 */
@Component
class CorrespondencePersonalData implements PersonalDataHolder {

    static final String SOURCE = "correspondence";

    private final JdbcClient jdbc;
    private final CaseJournal journal;

    CorrespondencePersonalData(JdbcClient jdbc, CaseJournal journal) {
        this.jdbc = jdbc;
        this.journal = journal;
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
        // A name in the text of a letter scores 0.9: it may be someone else's with the same name.
        String nameInText = "(CAST(:name AS text) IS NOT NULL AND position(lower(CAST(:name AS text)) IN lower(i.body)) > 0)";
        String[] exact = {PersonQuery.emailIs("i.recipient_address"),
                PersonQuery.phoneWithin("i.recipient_address || ' ' || i.body")};
        return PersonQuery.wellMatched(query.bind(jdbc.sql(
                "SELECT c.case_number, i.id, i.medium, i.recipient_kind, i.recipient_name, i.recipient_address,"
                + " i.subject, i.body, i.sent_at, greatest(" + PersonQuery.scoreOf("i.recipient_name", exact)
                + ", CASE WHEN " + nameInText + " THEN 0.9 ELSE 0 END) AS score"
                + " FROM correspondence_item i JOIN case_file c ON c.id = i.case_id"
                + " WHERE " + PersonQuery.matchOf("i.recipient_name", exact) + " OR " + nameInText
                + " ORDER BY score DESC, i.id DESC LIMIT :limit"), limit)
                .query((rs, n) -> letter(rs.getString("case_number"), rs.getLong("id"), rs.getString("medium"),
                        rs.getString("recipient_kind"), rs.getString("recipient_name"),
                        rs.getString("recipient_address"), rs.getString("subject"), rs.getString("body"),
                        rs.getTimestamp("sent_at").toInstant().toString(), rs.getDouble("score")))
                .list());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> forCase(String caseNumber) {
        List<PersonalRecord> records = new java.util.ArrayList<>(jdbc.sql("""
                SELECT i.* FROM correspondence_item i JOIN case_file c ON c.id = i.case_id
                WHERE c.case_number = :n AND i.body <> '' ORDER BY i.id""")
                .param("n", caseNumber)
                .query((rs, n) -> letter(caseNumber, rs.getLong("id"), rs.getString("medium"),
                        rs.getString("recipient_kind"), rs.getString("recipient_name"),
                        rs.getString("recipient_address"), rs.getString("subject"), rs.getString("body"),
                        rs.getTimestamp("sent_at").toInstant().toString(), 1))
                .list());
        records.addAll(jdbc.sql("""
                SELECT a.* FROM correspondence_authorisation a JOIN case_file c ON c.id = a.case_id
                WHERE c.case_number = :n AND (a.note IS NOT NULL OR a.document IS NOT NULL) ORDER BY a.id""")
                .param("n", caseNumber)
                .query((rs, n) -> new PersonalRecord(SOURCE, "authorisation:" + rs.getLong("id"), caseNumber,
                        "authorisation", fields("givenOn", String.valueOf(rs.getObject("given_on")),
                                "scope", rs.getString("scope"), "form", rs.getString("form"),
                                "note", rs.getString("note"), "documentFilename", rs.getString("document_filename"),
                                "revocationReason", rs.getString("revocation_reason")), 1))
                .list());
        return records;
    }

    @Override
    public List<String> correctableFields() {
        return List.of();
    }

    @Override
    public void correct(String recordId, Map<String, String> values, String actor, String reason) {
        throw InvalidInput.of("records", "A letter or e-mail that was sent is a record of what was sent; it is not corrected.");
    }

    @Override
    @Transactional
    public void erase(String recordId, String actor, String reason) {
        String caseNumber;
        if (recordId != null && recordId.matches("letter:\\d{1,18}")) {
            caseNumber = jdbc.sql("""
                    UPDATE correspondence_item i SET recipient_name = NULL, recipient_address = '', subject = '',
                        body = '', pdf = NULL
                    FROM case_file c WHERE c.id = i.case_id AND i.id = :id RETURNING c.case_number""")
                    .param("id", Long.parseLong(recordId.substring(7))).query(String.class).optional()
                    .orElseThrow(() -> new NotFound(recordId));
        } else if (recordId != null && recordId.matches("authorisation:\\d{1,18}")) {
            caseNumber = eraseAuthorisation(Long.parseLong(recordId.substring(14)))
                    .orElseThrow(() -> new NotFound(recordId));
        } else {
            throw new NotFound("Record " + recordId);
        }
        journal.record(new CaseNumber(caseNumber), actor, HistoryAction.PERSONAL_DATA_ERASED,
                Map.of("record", recordId.substring(0, recordId.indexOf(':'))), reason);
    }

    private java.util.Optional<String> eraseAuthorisation(long id) {
        // A verbal authorisation must keep a note (CHECK); a signed one its document: both become a placeholder.
        return jdbc.sql("""
                UPDATE correspondence_authorisation a SET
                    note = CASE WHEN a.form = 'VERBAL' THEN '-' ELSE NULL END,
                    document = CASE WHEN a.form = 'SIGNED_DOCUMENT' THEN '\\x'::bytea ELSE NULL END,
                    document_filename = CASE WHEN a.form = 'SIGNED_DOCUMENT' THEN 'gewist' ELSE NULL END,
                    revocation_reason = CASE WHEN a.revocation_reason IS NULL THEN NULL ELSE '-' END
                FROM case_file c WHERE c.id = a.case_id AND a.id = :id RETURNING c.case_number""")
                .param("id", id).query(String.class).optional();
    }

    @Override
    @Transactional
    public void destroyCase(String caseNumber, String actor) {
        jdbc.sql("""
                UPDATE correspondence_item SET recipient_name = NULL, recipient_address = '', subject = '', body = '',
                    pdf = NULL
                WHERE case_id = (SELECT id FROM case_file WHERE case_number = :n)""").param("n", caseNumber).update();
        List<Long> ids = jdbc.sql("""
                SELECT id FROM correspondence_authorisation WHERE case_id = (SELECT id FROM case_file WHERE case_number = :n)""")
                .param("n", caseNumber).query(Long.class).list();
        ids.forEach(this::eraseAuthorisation);
    }

    @Override
    @Transactional
    public long anonymiseAll(Anonymiser fake) {
        List<Object[]> rows = jdbc.sql("SELECT id, medium, recipient_name, recipient_address, body FROM correspondence_item WHERE body <> ''")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)})
                .list();
        long changed = 0;
        for (Object[] r : rows) {
            String address = (String) r[3];
            changed += jdbc.sql("""
                    UPDATE correspondence_item SET recipient_name = :n, recipient_address = :a, body = :b, pdf = NULL
                    WHERE id = :id""")
                    .param("n", r[2] == null ? null : fake.name((String) r[2]))
                    .param("a", "EMAIL".equals(r[1]) ? fake.email(address) : fake.address(address))
                    .param("b", fake.text((String) r[4])).param("id", r[0]).update();
        }
        List<Long> ids = jdbc.sql("SELECT id FROM correspondence_authorisation").query(Long.class).list();
        ids.forEach(this::eraseAuthorisation);
        return changed + ids.size();
    }

    private static PersonalRecord letter(String caseNumber, long id, String medium, String kind, String name,
            String address, String subject, String body, String sentAt, double score) {
        return new PersonalRecord(SOURCE, "letter:" + id, caseNumber, "letter", fields("sentAt", sentAt,
                "medium", medium, "recipientKind", kind, "recipientName", name, "recipientAddress", address,
                "subject", subject, "body", body), score);
    }
}
