package io.steward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.demo.DemoOrganisation;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@IntegrationTest
class PasswordServiceIntegrationTest {

    private static final String ACCOUNT = "lucas.silva@example.com";

    @Autowired
    private PasswordService passwords;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private AuthenticationManager authentication;
    @Autowired
    private SessionRegistry sessions;
    @Autowired
    private JdbcClient jdbc;

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
    void wrong_current_passwords_are_throttled_and_recorded() {
        jdbc.sql("DELETE FROM sign_in_throttle").update();
        try (var session = signedIn.as("ravi.kumar@example.com"); var request = requestFrom("10.0.0.9", "desk")) {
            for (int i = 0; i < 5; i++) {
                assertThat(passwords.changeOwnPassword("guess " + i, "a much longer passphrase"))
                        .containsExactly("password.currentWrong");
            }

            assertThat(passwords.changeOwnPassword(DemoOrganisation.PASSWORD, "a much longer passphrase"))
                    .as("even the right one, while the lock lasts").containsExactly("password.throttled");
        }
        assertThat(jdbc.sql("SELECT outcome, detail FROM audit_entry WHERE action = 'PASSWORD_CHANGED' "
                + "ORDER BY id DESC LIMIT 1").query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).single())
                .isEqualTo("FAILURE wrong current password");
    }

    @Test
    void a_new_password_ends_the_other_sessions_and_keeps_this_one() {
        try (var session = signedIn.as("hana.sato@example.com"); var request = requestFrom("10.0.0.10", "here")) {
            Object principal = SecurityContextHolder.getContext().getAuthentication().getPrincipal();
            sessions.registerNewSession("here", principal);
            sessions.registerNewSession("phone", principal);

            assertThat(passwords.changeOwnPassword(DemoOrganisation.PASSWORD, "a much longer passphrase")).isEmpty();

            assertThat(sessions.getSessionInformation("here").isExpired()).isFalse();
            assertThat(sessions.getSessionInformation("phone").isExpired()).isTrue();
            sessions.removeSessionInformation("here");
            sessions.removeSessionInformation("phone");
        }
        assertThat(jdbc.sql("SELECT outcome FROM audit_entry WHERE action = 'PASSWORD_CHANGED' ORDER BY id DESC "
                + "LIMIT 1").query(String.class).single()).isEqualTo("SUCCESS");
    }

    /** The request a change is made in: from this address, in the session with this id. */
    private static Request requestFrom(String address, String sessionId) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        request.setSession(new MockHttpSession(null, sessionId));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return RequestContextHolder::resetRequestAttributes;
    }

    private interface Request extends AutoCloseable {
        @Override
        void close();
    }

    @Test
    void nobody_signed_in_cannot_change_anything() {
        assertThatThrownBy(() -> passwords.changeOwnPassword(DemoOrganisation.PASSWORD, "a much longer passphrase"))
                .isInstanceOf(AuthenticationException.class);
    }
}
