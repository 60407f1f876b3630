package nl.meldpunt.admin.web;

import java.util.Optional;
import nl.meldpunt.admin.PasswordRules;

/** What a staff password must be: see {@link PasswordRules} (shared with provider accounts). */
final class PasswordPolicy {

    static final int MIN_LENGTH = PasswordRules.MIN_LENGTH;
    static final int MAX_LENGTH = PasswordRules.MAX_LENGTH;

    private PasswordPolicy() {}

    static Optional<String> problem(String username, String password) {
        return PasswordRules.problem(username, password);
    }
}
