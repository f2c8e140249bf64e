package io.steward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.demo.DemoOrganisation;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

@IntegrationTest
class PasswordServiceIntegrationTest {

    private static final String ACCOUNT = "lucas.silva@example.com";

    @Autowired
    private PasswordService passwords;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private AuthenticationManager authentication;

    @Test
    void a_changed_password_signs_in_and_the_old_one_no_longer_does() {
        try (var session = signedIn.as(ACCOUNT)) {
            assertThat(passwords.changeOwnPassword(DemoOrganisation.PASSWORD, "a much longer passphrase"))
                    .isEmpty();
        }

        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                ACCOUNT, "a much longer passphrase")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                ACCOUNT, DemoOrganisation.PASSWORD))).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void the_current_password_must_be_given_and_the_new_one_must_follow_the_policy() {
        try (var session = signedIn.as("oscar.nilsson@example.com")) {
            assertThat(passwords.changeOwnPassword("wrong", "a much longer passphrase"))
                    .containsExactly("password.currentWrong");
            assertThat(passwords.changeOwnPassword(DemoOrganisation.PASSWORD, "short"))
                    .containsExactly("password.tooShort");
        }
    }

    @Test
    void nobody_signed_in_cannot_change_anything() {
        assertThatThrownBy(() -> passwords.changeOwnPassword(DemoOrganisation.PASSWORD, "a much longer passphrase"))
                .isInstanceOf(AuthenticationException.class);
    }
}
