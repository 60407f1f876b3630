package nl.meldpunt.accesslog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import nl.meldpunt.platform.AccessAction;

/**
 * One line of the access log: who ({@code actor}, in {@code roles}), when, what ({@code action}) on which case or
 * person, from where ({@code client}), how authenticated ({@code via}) and on whose behalf.
 */
public record AccessRecord(
        long seq,
        Instant occurredAt,
        String actor,
        String roles,
        AccessAction action,
        String caseNumber,
        String personRef,
        String client,
        String via,
        String onBehalfOf,
        String path) {

    /** The hash that chains this record to the one before: sha256(prevHash || canonical text). */
    String hash(String prevHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fields separated by the unit separator, which none of them may contain (see {@link #clean}). */
    String canonical() {
        long micros = occurredAt.getEpochSecond() * 1_000_000L + occurredAt.getNano() / 1_000;
        return String.join("\u001f", Long.toString(seq), Long.toString(micros), actor, roles, action.name(),
                n(caseNumber), n(personRef), n(client), n(via), n(onBehalfOf), n(path));
    }

    AccessRecord withSeq(long next) {
        return new AccessRecord(next, occurredAt, actor, roles, action, caseNumber, personRef, client, via,
                onBehalfOf, path);
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    /** Cut to the column's length and drop control characters, so the canonical text is unambiguous. */
    static String clean(String s, int max) {
        if (s == null) {
            return null;
        }
        String c = s.replaceAll("\\p{Cntrl}", "");
        return c.length() > max ? c.substring(0, max) : c;
    }
}
