package nl.meldpunt.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restriction of processing (AVG art. 18): the personal data of a restricted case may be stored but not otherwise
 * used (no contact, no forwarding, no export) until the restriction is lifted. Other modules ask
 * {@link #isRestricted} before they process.
 */
@Component
public class ProcessingRestrictions {

    private final JdbcClient jdbc;
    private final Clock clock;

    ProcessingRestrictions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean isRestricted(String caseNumber) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM processing_restriction WHERE case_number = :n)")
                .param("n", caseNumber).query(Boolean.class).single();
    }

    void restrict(String caseNumber, String actor) {
        jdbc.sql("""
                INSERT INTO processing_restriction (case_number, request_id, since, set_by)
                VALUES (:n, 0, :at, :by) ON CONFLICT (case_number) DO NOTHING""")
                .param("n", caseNumber).param("at", Timestamp.from(clock.instant())).param("by", actor).update();
    }

    void linkRequest(Collection<String> caseNumbers, long requestId) {
        jdbc.sql("UPDATE processing_restriction SET request_id = :id WHERE case_number IN (:n) AND request_id = 0")
                .param("id", requestId).param("n", caseNumbers).update();
    }

    @Transactional
    public void lift(String caseNumber) {
        jdbc.sql("DELETE FROM processing_restriction WHERE case_number = :n").param("n", caseNumber).update();
    }
}
