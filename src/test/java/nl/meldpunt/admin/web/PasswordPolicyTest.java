package nl.meldpunt.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void a_password_needs_at_least_twelve_characters() {
        assertThat(PasswordPolicy.problem("marieke", "kort1234567")).contains("admin.password.tooShort");
        assertThat(PasswordPolicy.problem("marieke", "koffie met thee")).isEmpty();
    }

    @Test
    void a_password_may_not_contain_the_user_name() {
        assertThat(PasswordPolicy.problem("marieke", "Marieke2026!!")).contains("admin.password.containsUsername");
    }

    @Test
    void a_password_of_one_repeated_character_is_too_simple() {
        assertThat(PasswordPolicy.problem("marieke", "aaaaaaaaaaaaaaaa")).contains("admin.password.tooSimple");
    }

    @Test
    void a_password_longer_than_128_characters_is_refused() {
        assertThat(PasswordPolicy.problem("marieke", "abcd".repeat(33))).contains("admin.password.tooLong");
    }
}
