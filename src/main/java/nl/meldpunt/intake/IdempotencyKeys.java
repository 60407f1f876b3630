package nl.meldpunt.intake;

import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The idempotency keys API clients sent, each with the case its first request created. */
@Component
class IdempotencyKeys {

    /** A key as stored: which request it first came with and what that request created. */
    record Claim(String requestHash, long caseId, String caseNumber, Timestamp receivedAt, Timestamp registeredAt,
            boolean wantsContact) {}

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Claim> find(String client, String key) {
        return jdbc.sql("""
                SELECT request_hash, case_id, case_number, received_at, registered_at, wants_contact
                FROM intake_idempotency_key WHERE client = :client AND idempotency_key = :key
                """)
                .param("client", client)
                .param("key", key)
                .query((rs, n) -> new Claim(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4),
                        rs.getTimestamp(5), rs.getBoolean(6)))
                .optional();
    }

    /**
     * Claims the key for the case just registered. False when another request holds it: a concurrent claim blocks
     * on the primary key until the other transaction ends, so false means the other one committed.
     */
    boolean claim(String client, String key, Claim claim) {
        return jdbc.sql("""
                INSERT INTO intake_idempotency_key (client, idempotency_key, request_hash, case_id, case_number,
                    received_at, registered_at, wants_contact)
                VALUES (:client, :key, :hash, :caseId, :caseNumber, :receivedAt, :registeredAt, :wantsContact)
                ON CONFLICT DO NOTHING
                """)
                .param("client", client)
                .param("key", key)
                .param("hash", claim.requestHash())
                .param("caseId", claim.caseId())
                .param("caseNumber", claim.caseNumber())
                .param("receivedAt", claim.receivedAt())
                .param("registeredAt", claim.registeredAt())
                .param("wantsContact", claim.wantsContact())
                .update() == 1;
    }
}
