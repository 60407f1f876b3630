package nl.meldpunt.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At most {@code max-submissions} accepted submissions per client address in a sliding {@code window}. Counted in
 * PostgreSQL (table {@code spam_rate_event}) so that every node of a cluster sees the same count and a restart does
 * not reset it; the address is kept only as a SHA-256 hash, and rows older than the window are deleted. Only
 * submissions that would create something count (a case or a quarantine entry): a citizen correcting validation
 * errors is never slowed down.
 */
@Component
class SpamRateLimit {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxSubmissions;
    private final Duration window;

    SpamRateLimit(JdbcClient jdbc, Clock clock,
            @Value("${meldpunt.intake.public-form.rate-limit.max-submissions:5}") int maxSubmissions,
            @Value("${meldpunt.intake.public-form.rate-limit.window:10m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxSubmissions = maxSubmissions;
        this.window = window;
    }

    int maxSubmissions() {
        return maxSubmissions;
    }

    /** Counts one submission from this address and says whether it is within the limit (if not, nothing counts). */
    @Transactional
    boolean tryAcquire(String clientAddress) {
        String hash = hash(clientAddress);
        Instant now = clock.instant();
        Instant from = now.minus(window);
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:h))) AS locked")
                .param("h", hash).query(Integer.class).single();
        jdbc.sql("DELETE FROM spam_rate_event WHERE address_hash = :h AND at <= :from")
                .param("h", hash).param("from", Timestamp.from(from)).update();
        long recent = jdbc.sql("SELECT count(*) FROM spam_rate_event WHERE address_hash = :h AND at > :from AND at <= :now")
                .param("h", hash).param("from", Timestamp.from(from)).param("now", Timestamp.from(now))
                .query(Long.class).single();
        if (recent >= maxSubmissions) {
            return false;
        }
        jdbc.sql("INSERT INTO spam_rate_event (address_hash, at) VALUES (:h, :now)")
                .param("h", hash).param("now", Timestamp.from(now)).update();
        return true;
    }

    static String hash(String clientAddress) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("meldpunt-form:" + clientAddress).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
