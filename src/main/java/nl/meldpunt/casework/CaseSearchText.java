package nl.meldpunt.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.meldpunt.platform.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Text of a case that nobody typed: extracted from attachments, recognised in scans, received in e-mail replies.
 * Kept in {@code case_extracted_text} (one place to show, export or erase it) and appended to
 * {@code case_file.search_vector} with the Dutch configuration, so the work list's full-text search finds it.
 */
@Component
public class CaseSearchText {

    /** PostgreSQL's tsvector holds at most 1 MB; text beyond this is not indexed (it would rarely add new words). */
    static final int MAX_CHARS = 200_000;

    private final JdbcClient jdbc;
    private final CaseQueries queries;
    private final CaseHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseSearchText(JdbcClient jdbc, CaseQueries queries, CaseHistory history, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** One stored text. */
    public record ExtractedText(long id, Long attachmentId, TextSource source, String text) {}

    /**
     * Makes text searchable on the case. With an {@code attachmentId} at most one text per attachment and source
     * is kept (a repeated call is ignored and returns false). Records a history entry and announces
     * {@link CaseTextAdded}.
     */
    @Transactional
    public boolean append(String caseNumber, Long attachmentId, TextSource source, String text) {
        long caseId = queries.requireId(caseNumber);
        String value = text == null ? "" : text.strip();
        if (value.length() > MAX_CHARS) {
            value = value.substring(0, MAX_CHARS);
        }
        int inserted = jdbc.sql("""
                INSERT INTO case_extracted_text (case_id, attachment_id, source, text, added_at, added_by)
                SELECT :case, CAST(:attachment AS bigint), :source, :text, :now, :by
                WHERE CAST(:attachment AS bigint) IS NULL
                   OR EXISTS (SELECT 1 FROM case_attachment a
                              WHERE a.id = CAST(:attachment AS bigint) AND a.case_id = :case)
                ON CONFLICT (attachment_id, source) WHERE attachment_id IS NOT NULL DO NOTHING
                """)
                .param("case", caseId)
                .param("attachment", attachmentId)
                .param("source", source.name())
                .param("text", value)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", CurrentUser.name())
                .update();
        if (inserted == 0) {
            return false;
        }
        if (!value.isEmpty()) {
            jdbc.sql("""
                    UPDATE case_file
                    SET search_vector = search_vector || setweight(to_tsvector('dutch', unaccent(:text)), 'C')
                    WHERE id = :case
                    """)
                    .param("text", value)
                    .param("case", caseId)
                    .update();
        }
        Map<String, Object> details = attachmentId == null
                ? Map.of("source", source.name(), "characters", value.length())
                : Map.of("source", source.name(), "characters", value.length(), "attachmentId", attachmentId);
        history.record(caseId, CurrentUser.name(), HistoryAction.TEXT_ADDED, details, null);
        events.publishEvent(new CaseTextAdded(caseId, caseNumber, source, attachmentId));
        return true;
    }

    /** The attachments of the case that have no text of this source yet, oldest first. */
    @Transactional(readOnly = true)
    public List<Long> attachmentsWithout(long caseId, TextSource source) {
        return jdbc.sql("""
                SELECT a.id FROM case_attachment a
                WHERE a.case_id = :case
                  AND NOT EXISTS (SELECT 1 FROM case_extracted_text t WHERE t.attachment_id = a.id AND t.source = :source)
                ORDER BY a.id
                """)
                .param("case", caseId)
                .param("source", source.name())
                .query(Long.class)
                .list();
    }

    @Transactional(readOnly = true)
    public List<ExtractedText> texts(long caseId) {
        return jdbc.sql("SELECT * FROM case_extracted_text WHERE case_id = :case ORDER BY id")
                .param("case", caseId)
                .query((rs, n) -> new ExtractedText(rs.getLong("id"), (Long) rs.getObject("attachment_id"),
                        TextSource.valueOf(rs.getString("source")), rs.getString("text")))
                .list();
    }

    /**
     * Erases all extracted text of a case (privacy: erasure or anonymisation) and rebuilds its search vector from
     * what remains: subjects (weight A) and description (weight B), as on registration.
     */
    @Transactional
    public void erase(long caseId) {
        jdbc.sql("DELETE FROM case_extracted_text WHERE case_id = :case").param("case", caseId).update();
        jdbc.sql("""
                UPDATE case_file c SET search_vector =
                    setweight(to_tsvector('dutch', unaccent(coalesce((
                        SELECT string_agg(concat_ws(' ', s.name, s.place, s.lot_number), ' ' ORDER BY s.id)
                        FROM case_subject s WHERE s.case_id = c.id), ''))), 'A')
                    || setweight(to_tsvector('dutch', unaccent(c.description)), 'B')
                WHERE c.id = :case
                """)
                .param("case", caseId)
                .update();
    }
}
