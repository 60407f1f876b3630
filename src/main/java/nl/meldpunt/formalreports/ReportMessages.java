package nl.meldpunt.formalreports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The message thread of a report (table {@code formal_report_message}). */
@Component
class ReportMessages {

    record Message(long id, boolean fromStaff, String author, String body, Instant createdAt) {}

    private final JdbcClient jdbc;

    ReportMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long reportId, boolean fromStaff, String author, String body, Instant at) {
        jdbc.sql("""
                INSERT INTO formal_report_message (report_id, from_staff, author, body, created_at)
                VALUES (:report, :staff, :author, :body, :at)
                """)
                .param("report", reportId)
                .param("staff", fromStaff)
                .param("author", author)
                .param("body", body)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<Message> of(long reportId) {
        return jdbc.sql("SELECT * FROM formal_report_message WHERE report_id = :r ORDER BY created_at, id")
                .param("r", reportId)
                .query((rs, n) -> new Message(rs.getLong("id"), rs.getBoolean("from_staff"), rs.getString("author"),
                        rs.getString("body"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
