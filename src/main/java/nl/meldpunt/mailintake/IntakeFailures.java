package nl.meldpunt.mailintake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Incoming items that failed to be processed ({@code mail_intake_failure}): a message of the intake mailbox, or the
 * text extraction / OCR of an attachment. Each failure counts an attempt; after {@code max-attempts} the item is
 * {@link State#DEAD}: it is no longer retried by itself and waits on the dead-letter page, where an administrator
 * retries it or marks it handled. A later success resolves it. Reasons are exception types, never message content.
 */
@Component
class IntakeFailures {

    private static final Logger log = LoggerFactory.getLogger(IntakeFailures.class);

    enum Kind {
        MAIL,
        ATTACHMENT_TEXT
    }

    enum State {
        /** Failed fewer than max-attempts times: retried by the next poll or sweep. */
        FAILING,
        /** Failed max-attempts times: left alone until an administrator acts. */
        DEAD,
        /** An administrator asked for another try; counts attempts afresh. */
        RETRY,
        /** An administrator dealt with it by hand; it is never processed again. */
        HANDLED,
        /** Processed after all. */
        RESOLVED
    }

    record Failure(long id, Kind kind, String itemKey, String caseNumber, int attempts, String reason, State state,
            Instant firstFailedAt, Instant lastFailedAt, String handledBy, Instant handledAt) {

        public String lastFailedShown() {
            return lastFailedAt.atZone(nl.meldpunt.platform.Amsterdam.ZONE)
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm"));
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxAttempts;

    IntakeFailures(JdbcClient jdbc, Clock clock, @Value("${meldpunt.mail-intake.max-attempts:5}") int maxAttempts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxAttempts = Math.max(1, maxAttempts);
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** The reason as kept: the exception's type (and its cause's), never its message (it may quote mail content). */
    static String reasonOf(Throwable e) {
        String reason = e.getClass().getSimpleName();
        if (e.getCause() != null && e.getCause() != e) {
            reason = reason + " ← " + e.getCause().getClass().getSimpleName();
        }
        return reason.length() > 300 ? reason.substring(0, 300) : reason;
    }

    /** Counts a failed attempt; returns the item's state afterwards (DEAD once max-attempts is reached). */
    State failed(Kind kind, String key, String caseNumber, Throwable error) {
        Timestamp now = Timestamp.from(clock.instant());
        State state = jdbc.sql("""
                INSERT INTO mail_intake_failure (kind, item_key, case_number, attempts, reason, state,
                                                 first_failed_at, last_failed_at)
                VALUES (:kind, :key, :case, 1, :reason, CASE WHEN :max <= 1 THEN 'DEAD' ELSE 'FAILING' END, :now, :now)
                ON CONFLICT (kind, item_key) DO UPDATE SET
                    attempts = CASE WHEN mail_intake_failure.state = 'RESOLVED' THEN 1
                                    ELSE mail_intake_failure.attempts + 1 END,
                    reason = EXCLUDED.reason,
                    last_failed_at = EXCLUDED.last_failed_at,
                    case_number = coalesce(EXCLUDED.case_number, mail_intake_failure.case_number),
                    state = CASE
                        WHEN mail_intake_failure.state = 'HANDLED' THEN 'HANDLED'
                        WHEN mail_intake_failure.state <> 'RESOLVED' AND mail_intake_failure.attempts + 1 >= :max
                            THEN 'DEAD'
                        ELSE 'FAILING' END
                RETURNING state
                """)
                .param("kind", kind.name())
                .param("key", key)
                .param("case", caseNumber)
                .param("reason", reasonOf(error))
                .param("max", maxAttempts)
                .param("now", now)
                .query(String.class)
                .optional()
                .map(State::valueOf)
                .orElse(State.FAILING);
        if (state == State.DEAD) {
            log.warn("Incoming {} item failed {} times and is now on the dead-letter page: {}", kind, maxAttempts,
                    reasonOf(error));
        }
        return state;
    }

    /** The item was processed after earlier failures. */
    void succeeded(Kind kind, String key) {
        jdbc.sql("""
                UPDATE mail_intake_failure SET state = 'RESOLVED'
                WHERE kind = :kind AND item_key = :key AND state IN ('FAILING', 'RETRY', 'DEAD')
                """)
                .param("kind", kind.name())
                .param("key", key)
                .update();
    }

    /** The state of an item that has failed before; empty when it never failed. */
    Optional<State> stateOf(Kind kind, String key) {
        return jdbc.sql("SELECT state FROM mail_intake_failure WHERE kind = :kind AND item_key = :key")
                .param("kind", kind.name())
                .param("key", key)
                .query(String.class)
                .optional()
                .map(State::valueOf);
    }

    /** Items the attachment-text sweep should try again (failing, or retried by an administrator). */
    List<Failure> due(Kind kind, int limit) {
        return jdbc.sql("""
                SELECT * FROM mail_intake_failure WHERE kind = :kind AND state IN ('FAILING', 'RETRY')
                ORDER BY last_failed_at LIMIT :limit
                """)
                .param("kind", kind.name())
                .param("limit", limit)
                .query(IntakeFailures::map)
                .list();
    }

    /** What the dead-letter page shows: dead items first, then recently handled or retried ones. */
    List<Failure> forAdministrators(int limit) {
        return jdbc.sql("""
                SELECT * FROM mail_intake_failure WHERE state IN ('DEAD', 'RETRY', 'HANDLED', 'FAILING')
                ORDER BY CASE state WHEN 'DEAD' THEN 0 WHEN 'FAILING' THEN 1 WHEN 'RETRY' THEN 2 ELSE 3 END,
                         last_failed_at DESC
                LIMIT :limit
                """)
                .param("limit", limit)
                .query(IntakeFailures::map)
                .list();
    }

    Optional<Failure> find(long id) {
        return jdbc.sql("SELECT * FROM mail_intake_failure WHERE id = :id").param("id", id)
                .query(IntakeFailures::map).optional();
    }

    /** An administrator asks for another try of a dead item; true when it was dead. */
    boolean retry(long id, String actor) {
        return jdbc.sql("""
                UPDATE mail_intake_failure SET state = 'RETRY', attempts = 0, handled_by = :actor, handled_at = :now
                WHERE id = :id AND state = 'DEAD'
                """)
                .param("id", id)
                .param("actor", actor)
                .param("now", Timestamp.from(clock.instant()))
                .update() == 1;
    }

    /** An administrator dealt with a dead item by hand; true when it was dead. */
    boolean markHandled(long id, String actor) {
        return jdbc.sql("""
                UPDATE mail_intake_failure SET state = 'HANDLED', handled_by = :actor, handled_at = :now
                WHERE id = :id AND state = 'DEAD'
                """)
                .param("id", id)
                .param("actor", actor)
                .param("now", Timestamp.from(clock.instant()))
                .update() == 1;
    }

    private static Failure map(ResultSet rs, int row) throws SQLException {
        Timestamp handled = rs.getTimestamp("handled_at");
        return new Failure(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("item_key"),
                rs.getString("case_number"), rs.getInt("attempts"), rs.getString("reason"),
                State.valueOf(rs.getString("state")), rs.getTimestamp("first_failed_at").toInstant(),
                rs.getTimestamp("last_failed_at").toInstant(), rs.getString("handled_by"),
                handled == null ? null : handled.toInstant());
    }
}
