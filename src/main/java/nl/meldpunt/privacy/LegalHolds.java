package nl.meldpunt.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds (bewaarplicht wegens procedure): a case under an active hold is never proposed for destruction,
 * never destroyed and its personal data never erased, whatever the retention schedule says.
 */
@Component
public class LegalHolds {

    public record Hold(long id, String caseNumber, String reason, Instant placedAt, String placedBy) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    LegalHolds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean isOnHold(String caseNumber) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM legal_hold WHERE case_number = :n AND lifted_at IS NULL)")
                .param("n", caseNumber).query(Boolean.class).single();
    }

    /** Places a hold; a case already on hold keeps its first hold. */
    @Transactional
    public void place(String caseNumber, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "Give the reason for the hold.");
        }
        jdbc.sql("""
                INSERT INTO legal_hold (case_number, reason, placed_at, placed_by) VALUES (:n, :r, :at, :by)
                ON CONFLICT (case_number) WHERE lifted_at IS NULL DO NOTHING""")
                .param("n", caseNumber).param("r", reason.strip()).param("at", Timestamp.from(clock.instant()))
                .param("by", CurrentUser.name()).update();
    }

    @Transactional
    public void lift(long id) {
        jdbc.sql("UPDATE legal_hold SET lifted_at = :at, lifted_by = :by WHERE id = :id AND lifted_at IS NULL")
                .param("at", Timestamp.from(clock.instant())).param("by", CurrentUser.name()).param("id", id).update();
    }

    public List<Hold> active() {
        return jdbc.sql("SELECT * FROM legal_hold WHERE lifted_at IS NULL ORDER BY placed_at DESC")
                .query((rs, n) -> new Hold(rs.getLong("id"), rs.getString("case_number"), rs.getString("reason"),
                        rs.getTimestamp("placed_at").toInstant(), rs.getString("placed_by")))
                .list();
    }
}
