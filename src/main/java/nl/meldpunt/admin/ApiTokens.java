package nl.meldpunt.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.meldpunt.platform.ApiTokenVerifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens that administrators issue to systems. Only a SHA-256 hash is stored; the token itself is shown once,
 * when it is issued. A token acts as its user, with that user's roles.
 */
@Component
public class ApiTokens implements ApiTokenVerifier {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final StaffUsers users;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, StaffUsers users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    public record IssuedToken(long id, String token) {}

    public record TokenInfo(long id, String name, String username, Instant createdAt, String createdBy,
            Instant expiresAt, Instant revokedAt) {}

    @Transactional
    public IssuedToken issue(String name, String username, Instant expiresAt, String issuedBy) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "mp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("""
                INSERT INTO api_token (name, token_hash, username, created_at, created_by, expires_at)
                VALUES (:name, :hash, :username, :now, :by, :expires) RETURNING id
                """)
                .param("name", name)
                .param("hash", hash(token))
                .param("username", username)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", issuedBy)
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(Long.class)
                .single();
        return new IssuedToken(id, token);
    }

    @Transactional
    public void revoke(long id) {
        jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
    }

    public List<TokenInfo> all() {
        return jdbc.sql("SELECT * FROM api_token ORDER BY created_at DESC")
                .query((rs, n) -> new TokenInfo(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("username"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by"),
                        instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    @Override
    public Optional<UserDetails> verify(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT username FROM api_token
                WHERE token_hash = :hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)
                """)
                .param("hash", hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .query(String.class)
                .optional()
                .map(users::loadUserByUsername)
                .filter(UserDetails::isEnabled);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
