package nl.meldpunt.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import nl.meldpunt.casework.NewAttachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files a citizen has uploaded and that were accepted, held by form token until the form is submitted, so that a
 * validation error never means uploading again. Stored in PostgreSQL (not the HTTP session): nodes stay stateless
 * and 50 MB per visitor does not sit in memory. Abandoned files are purged after {@link #KEEP_FOR}.
 */
@Component
class PublicFormUploads {

    static final Duration KEEP_FOR = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    PublicFormUploads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A held file as the page shows it. */
    record HeldFile(long id, String filename, long sizeBytes) {}

    void hold(String formToken, NewAttachment file) {
        jdbc.sql("""
                INSERT INTO public_form_upload (form_token, filename, content_type, size_bytes, content, held_at)
                VALUES (:token, :filename, :type, :size, :content, :now)
                """)
                .param("token", formToken)
                .param("filename", file.filename())
                .param("type", file.contentType())
                .param("size", file.content().length)
                .param("content", file.content())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    List<HeldFile> list(String formToken) {
        return jdbc.sql("SELECT id, filename, size_bytes FROM public_form_upload WHERE form_token = :t ORDER BY id")
                .param("t", formToken)
                .query((rs, n) -> new HeldFile(rs.getLong("id"), rs.getString("filename"), rs.getLong("size_bytes")))
                .list();
    }

    List<NewAttachment> contents(String formToken) {
        return jdbc.sql("""
                SELECT filename, content_type, content FROM public_form_upload WHERE form_token = :t ORDER BY id
                """)
                .param("t", formToken)
                .query((rs, n) -> new NewAttachment(rs.getString("filename"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .list();
    }

    void remove(String formToken, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM public_form_upload WHERE form_token = :t AND id IN (:ids)")
                .param("t", formToken)
                .param("ids", ids)
                .update();
    }

    void release(String formToken) {
        jdbc.sql("DELETE FROM public_form_upload WHERE form_token = :t").param("t", formToken).update();
    }

    /** Drops files of forms nobody finished. */
    void purgeAbandoned() {
        jdbc.sql("DELETE FROM public_form_upload WHERE held_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(KEEP_FOR)))
                .update();
    }
}
