package nl.meldpunt.mailintake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The messages the intake has processed, by Message-ID ({@code mail_intake_message}). Claiming a message inserts
 * its row; the primary key lets only one transaction ever claim it, and a concurrent claim waits for the first
 * to commit or roll back.
 */
@Component
class MailLedger {

    /** What became of a message. */
    enum Outcome {
        NEW_CASE,
        ADDED_TO_CASE,
        IGNORED_AUTOMATIC
    }

    /** A processed message, as far as the after-commit steps need it. */
    record Entry(String messageId, Outcome outcome, String caseNumber, String senderHash, boolean ackDue,
            String ackMessageId, Instant ackSentAt) {}

    private final JdbcClient jdbc;

    MailLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the message in the current transaction; false when it was processed (or is being processed) before. */
    boolean claim(String messageId, Instant now) {
        return jdbc.sql("""
                INSERT INTO mail_intake_message (message_id, processed_at, outcome)
                VALUES (:id, :now, 'CLAIMED') ON CONFLICT (message_id) DO NOTHING
                """)
                .param("id", messageId)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    void complete(String messageId, Outcome outcome, String caseNumber, String senderHash, boolean ackDue,
            String ackMessageId) {
        jdbc.sql("""
                UPDATE mail_intake_message SET outcome = :outcome, case_number = :case, sender_hash = :sender,
                    ack_due = :due, ack_message_id = :ack
                WHERE message_id = :id
                """)
                .param("id", messageId)
                .param("outcome", outcome.name())
                .param("case", caseNumber)
                .param("sender", senderHash)
                .param("due", ackDue)
                .param("ack", ackMessageId)
                .update();
    }

    Optional<Entry> find(String messageId) {
        return jdbc.sql("SELECT * FROM mail_intake_message WHERE message_id = :id AND outcome <> 'CLAIMED'")
                .param("id", messageId)
                .query((rs, n) -> new Entry(rs.getString("message_id"), Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("case_number"), rs.getString("sender_hash"), rs.getBoolean("ack_due"),
                        rs.getString("ack_message_id"),
                        rs.getTimestamp("ack_sent_at") == null ? null : rs.getTimestamp("ack_sent_at").toInstant()))
                .optional();
    }

    /** The case a message (received, or an acknowledgement we sent) belongs to, for an answer referring to it. */
    Optional<String> caseOfAny(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        String[] ids = messageIds.toArray(String[]::new);
        return jdbc.sql("""
                SELECT case_number FROM mail_intake_message
                WHERE case_number IS NOT NULL
                  AND (message_id = ANY(CAST(:ids AS text[])) OR ack_message_id = ANY(CAST(:ids AS text[])))
                ORDER BY processed_at DESC LIMIT 1
                """)
                .param("ids", ids)
                .query(String.class)
                .optional();
    }

    /** Acknowledgements sent to this sender since the given moment (rate limit against loops and floods). */
    int acknowledgementsSince(String senderHash, Instant since) {
        return jdbc.sql("""
                SELECT count(*) FROM mail_intake_message
                WHERE sender_hash = :sender AND (ack_sent_at >= :since OR (ack_due AND processed_at >= :since))
                """)
                .param("sender", senderHash)
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** Claims the right to send the acknowledgement; false when it was sent (or claimed) already. */
    boolean claimAcknowledgement(String messageId, Instant now) {
        return jdbc.sql("""
                UPDATE mail_intake_message SET ack_sent_at = :now
                WHERE message_id = :id AND ack_due AND ack_sent_at IS NULL
                """)
                .param("id", messageId)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Gives the claim back when sending failed, so the next read of the message tries again. */
    void releaseAcknowledgement(String messageId) {
        jdbc.sql("UPDATE mail_intake_message SET ack_sent_at = NULL WHERE message_id = :id")
                .param("id", messageId)
                .update();
    }
}
