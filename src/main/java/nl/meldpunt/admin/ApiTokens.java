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

    /** How long a verified token is trusted without asking the database again. */
    static final java.time.Duration TRUSTED_FOR = java.time.Duration.ofSeconds(10);

    private static final int CACHE_LIMIT = 10_000;

    private final JdbcClient jdbc;
    private final StaffUsers users;
    private final Clock clock;
    private final java.util.concurrent.ConcurrentHashMap<String, Verified> verified =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A token found valid, and until when that may be believed (never past the token's own expiry). */
    private record Verified(UserDetails user, Instant trustedUntil) {}

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

    /**
     * Revokes a token. This node forgets it at once; another node may still accept it for at most
     * {@link #TRUSTED_FOR}.
     */
    @Transactional
    public void revoke(long id) {
        jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        verified.clear();
    }

    /** A user changed (roles, enabled): tokens acting as them must be checked again. */
    @org.springframework.context.event.EventListener
    void on(StaffUsers.StaffUserChanged changed) {
        verified.clear();
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
        String hash = hash(token);
        Instant now = clock.instant();
        Verified known = verified.get(hash);
        if (known != null && now.isBefore(known.trustedUntil())) {
            return Optional.of(known.user());
        }
        record Row(String username, Instant expiresAt) {}
        Optional<UserDetails> user = jdbc.sql("""
                SELECT username, expires_at FROM api_token
                WHERE token_hash = :hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)
                """)
                .param("hash", hash)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Row(rs.getString(1), instant(rs.getTimestamp(2))))
                .optional()
                .flatMap(row -> {
                    UserDetails details = users.loadUserByUsername(row.username());
                    if (!details.isEnabled()) {
                        return Optional.empty();
                    }
                    Instant until = now.plus(TRUSTED_FOR);
                    if (row.expiresAt() != null && row.expiresAt().isBefore(until)) {
                        until = row.expiresAt();
                    }
                    if (verified.size() >= CACHE_LIMIT) {
                        verified.clear();
                    }
                    verified.put(hash, new Verified(details, until));
                    return Optional.of(details);
                });
        if (user.isEmpty()) {
            verified.remove(hash);
        }
        return user;
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
