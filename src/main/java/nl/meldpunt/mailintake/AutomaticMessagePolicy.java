package nl.meldpunt.mailintake;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tells a message sent by a machine from one a person wrote, so that no machine gets an acknowledgement (an
 * out-of-office answering our acknowledgement would otherwise start a mail loop). Follows RFC 3834 (Auto-Submitted)
 * and the headers common mail systems set. The reason is a short code, never personal data.
 */
final class AutomaticMessagePolicy {

    /** Header set on our own acknowledgements: if one comes back, it is ours. */
    static final String OWN_HEADER = "X-Meldpunt-Acknowledgement";

    private AutomaticMessagePolicy() {}

    /**
     * @param header the values of a header by name (null when absent)
     * @param contentType the message's content type
     * @param ownAddress our acknowledgement sender address
     * @param fromAddress the message's From address (may be null)
     */
    static Optional<String> reason(Function<String, String[]> header, String contentType, String ownAddress,
            String fromAddress) {
        if (first(header, OWN_HEADER) != null) {
            return Optional.of("own-acknowledgement");
        }
        if (fromAddress != null && fromAddress.equalsIgnoreCase(ownAddress)) {
            return Optional.of("own-address");
        }
        String autoSubmitted = first(header, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return Optional.of("auto-submitted");
        }
        String precedence = lower(first(header, "Precedence"));
        if (precedence != null && (precedence.contains("bulk") || precedence.contains("junk")
                || precedence.contains("list") || precedence.contains("auto_reply"))) {
            return Optional.of("precedence");
        }
        if (first(header, "X-Autoreply") != null || first(header, "X-Autorespond") != null) {
            return Optional.of("autoreply-header");
        }
        if (first(header, "List-Id") != null || first(header, "List-Unsubscribe") != null) {
            return Optional.of("mailing-list");
        }
        String returnPath = first(header, "Return-Path");
        if (returnPath != null && returnPath.replaceAll("[\\s<>]", "").isEmpty()) {
            return Optional.of("null-return-path");
        }
        if (isDaemon(returnPath) || isDaemon(fromAddress)) {
            return Optional.of("mailer-daemon");
        }
        String type = lower(contentType);
        if (type != null && type.startsWith("multipart/report")) {
            return Optional.of("delivery-report");
        }
        return Optional.empty();
    }

    private static boolean isDaemon(String address) {
        String a = lower(address);
        return a != null && (a.contains("mailer-daemon") || a.replaceAll("[\\s<>]", "").startsWith("postmaster@"));
    }

    private static String first(Function<String, String[]> header, String name) {
        String[] values = header.apply(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
