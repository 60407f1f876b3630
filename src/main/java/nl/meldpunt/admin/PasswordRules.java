package nl.meldpunt.admin;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: at least 12 and at most 128 characters, not the user name (or containing it), and not
 * one character repeated. Length beats composition rules (NIST SP 800-63B); the answer is a message key
 * ({@code admin.password.*}). Public so that other modules creating logins (provider accounts) apply the same rule.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {}

    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("admin.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("admin.password.tooLong");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("admin.password.containsUsername");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("admin.password.tooSimple");
        }
        return Optional.empty();
    }
}
