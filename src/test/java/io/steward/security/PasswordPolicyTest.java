package io.steward.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void twelve_characters_is_enough_and_eleven_is_not() {
        assertThat(PasswordPolicy.problems("correct-hors", "sam@example.com")).isEmpty();
        assertThat(PasswordPolicy.problems("correct-hor", "sam@example.com")).containsExactly("password.tooShort");
    }

    @Test
    void surrounding_spaces_do_not_count_towards_the_length() {
        assertThat(PasswordPolicy.problems("   short   pw   ".strip() + "          ", "sam@example.com"))
                .containsExactly("password.tooShort");
    }

    @Test
    void more_than_bcrypt_can_read_is_refused_rather_than_cut() {
        assertThat(PasswordPolicy.problems("é".repeat(37), "sam@example.com")).containsExactly("password.tooLong");
    }

    @Test
    void the_email_name_inside_the_password_is_refused() {
        assertThat(PasswordPolicy.problems("my-name-is-Sam.Patel-ok", "sam.patel@example.com"))
                .containsExactly("password.containsEmail");
    }
}
