package nl.meldpunt.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pseudonyms for persons in exports and analyst views: {@code P-XXXXXXXX}, the HMAC-SHA256 of the normalised
 * identity (lower case, accents and extra spaces removed) under the configured key
 * {@code meldpunt.privacy.pseudonym-key}, in Crockford base-32. The same person gets the same pseudonym in every
 * export; without the key nobody can compute one from a name. Reversal is a lookup in the {@code pseudonym} table,
 * offered only on the privacy officer's page ({@link #reveal}).
 *
 * <p>Without a configured key a random key is made at start: pseudonyms are then stable until a restart only.
 */
@Component
public class Pseudonyms implements nl.meldpunt.platform.Pseudonymiser {

    private static final Logger log = LoggerFactory.getLogger(Pseudonyms.class);
    private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecretKeySpec key;

    Pseudonyms(JdbcClient jdbc, Clock clock, @Value("${meldpunt.privacy.pseudonym-key:}") String configuredKey) {
        this.jdbc = jdbc;
        this.clock = clock;
        byte[] bytes;
        if (configuredKey == null || configuredKey.isBlank()) {
            log.warn("meldpunt.privacy.pseudonym-key is not set: pseudonyms stay stable only until the next restart");
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = configuredKey.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The pseudonym of a person (by name, e-mail or another identifier); null stays null. Remembered for reversal. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String of(String identity) {
        String normal = normalise(identity);
        if (normal == null) {
            return null;
        }
        for (int attempt = 0; ; attempt++) {
            String pseudonym = compute(attempt == 0 ? normal : normal + "#" + attempt);
            String stored = jdbc.sql("""
                    INSERT INTO pseudonym (pseudonym, identity, created_at) VALUES (:p, :i, :at)
                    ON CONFLICT (pseudonym) DO UPDATE SET pseudonym = EXCLUDED.pseudonym
                    RETURNING identity""")
                    .param("p", pseudonym).param("i", normal).param("at", Timestamp.from(clock.instant()))
                    .query(String.class).single();
            if (stored.equals(normal)) {
                return pseudonym;
            }
            // 40 bits: a collision is rare but possible; the next attempt gives another pseudonym.
        }
    }

    /** The pseudonym {@link #of} gives (without a collision), without writing: for pages shown to analysts. */
    @Override
    public String pseudonymFor(String identity) {
        String normal = normalise(identity);
        return normal == null ? null : compute(normal);
    }

    /** The pseudonym without remembering it (for views that never need reversal). */
    public String compute(String identity) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] h = mac.doFinal(identity.getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 5; i++) {
                bits = (bits << 8) | (h[i] & 0xff);
            }
            char[] out = new char[8];
            for (int i = 7; i >= 0; i--) {
                out[i] = BASE32[(int) (bits & 31)];
                bits >>>= 5;
            }
            return "P-" + new String(out);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who is behind a pseudonym, for the privacy officer only. */
    public Optional<String> reveal(String pseudonym) {
        if (pseudonym == null || !pseudonym.strip().toUpperCase(Locale.ROOT).matches("P-[0-9A-Z]{8}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT identity FROM pseudonym WHERE pseudonym = :p")
                .param("p", pseudonym.strip().toUpperCase(Locale.ROOT)).query(String.class).optional();
    }

    /** Forgets the reversal of a destroyed person's pseudonym. */
    void forget(String identity) {
        String normal = normalise(identity);
        if (normal != null) {
            jdbc.sql("DELETE FROM pseudonym WHERE identity = :i").param("i", normal).update();
        }
    }

    static String normalise(String identity) {
        if (identity == null || identity.isBlank()) {
            return null;
        }
        String s = Normalizer.normalize(identity, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
