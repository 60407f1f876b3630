package nl.meldpunt.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling and account lockout: {@code max-failures} wrong passwords for one user name within
 * {@code lock-duration} lock that user name for {@code lock-duration}; {@code max-failures-per-address} from one
 * client address lock that address (higher, because an office shares one address). Time from the injected
 * {@link Clock}. A successful login clears the user's count. Administrators unlock early
 * ({@code DELETE /api/v1/admin/login-locks/{username}}). A locked login gets the same answer as a wrong password.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration lockDuration;

    LoginThrottle(JdbcClient jdbc, Clock clock,
            @Value("${meldpunt.security.login.max-failures:5}") int maxFailures,
            @Value("${meldpunt.security.login.max-failures-per-address:50}") int maxFailuresPerAddress,
            @Value("${meldpunt.security.login.lock-duration:15m}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockDuration = lockDuration;
    }

    public record Lock(String key, int failures, Instant lockedUntil) {}

    /** Whether a login for this user name or from this address is refused now. */
    public boolean isLocked(String username, String address) {
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM login_throttle WHERE throttle_key IN (:user, :addr) AND locked_until > :now)
                """)
                .param("user", userKey(username)).param("addr", addressKey(address))
                .param("now", Timestamp.from(now)).query(Boolean.class).single();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails d
                ? d.getRemoteAddress() : null;
        failed(event.getAuthentication().getName(), address);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :k AND (locked_until IS NULL OR locked_until <= :now)")
                .param("k", userKey(event.getAuthentication().getName()))
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** Counts one failed login for the user name and the address. */
    @Transactional
    public void failed(String username, String address) {
        count(userKey(username), maxFailures);
        if (address != null) {
            count(addressKey(address), maxFailuresPerAddress);
        }
    }

    private void count(String key, int max) {
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO login_throttle (throttle_key, failures, window_start) VALUES (:k, 1, :now)
                ON CONFLICT (throttle_key) DO UPDATE SET
                  failures = CASE WHEN login_throttle.window_start <= :windowStart THEN 1 ELSE login_throttle.failures + 1 END,
                  window_start = CASE WHEN login_throttle.window_start <= :windowStart THEN :now ELSE login_throttle.window_start END
                """)
                .param("k", key).param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(lockDuration))).update();
        jdbc.sql("""
                UPDATE login_throttle SET locked_until = :until, failures = 0, window_start = :now
                WHERE throttle_key = :k AND failures >= :max
                """)
                .param("k", key).param("max", max).param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(lockDuration))).update();
    }

    /** Current locks (user names in clear, addresses as hashes). */
    public List<Lock> locks() {
        return jdbc.sql("SELECT * FROM login_throttle WHERE locked_until > :now ORDER BY locked_until DESC")
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Lock(rs.getString("throttle_key"), rs.getInt("failures"),
                        rs.getTimestamp("locked_until").toInstant()))
                .list();
    }

    /** Lifts the lock and the count of a user name (administrators). */
    public boolean unlockUser(String username) {
        return jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :k").param("k", userKey(username))
                .update() > 0;
    }

    /** Lifts the lock of a client address (administrators, and tests). */
    public boolean unlockAddress(String address) {
        return jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :k").param("k", addressKey(address))
                .update() > 0;
    }

    static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            return "addr:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
