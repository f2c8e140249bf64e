package io.steward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.base.Role;
import io.steward.base.SignedInUser;
import io.steward.demo.DemoOrganisation;
import io.steward.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class SignInIntegrationTest {

    @Autowired
    private AuthenticationManager authentication;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void the_right_password_signs_in_with_the_roles_from_the_directory() {
        Authentication result = signIn(DemoOrganisation.HR, DemoOrganisation.PASSWORD);

        SignedInUser user = (SignedInUser) result.getPrincipal();
        assertThat(user.displayName()).isEqualTo("Hannah Reed");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
        assertThat(result.getAuthorities()).extracting(Object::toString).filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_EMPLOYEE", "ROLE_HR");
    }

    @Test
    void the_email_is_matched_without_regard_to_case() {
        assertThat(signIn("HR@Example.com", DemoOrganisation.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        String stored = jdbc.sql("""
                SELECT c.password_hash FROM credential c JOIN employee e ON e.id = c.employee_id
                WHERE e.email = ?""").param(DemoOrganisation.EMPLOYEE).query(String.class).single();

        assertThat(stored).startsWith("{bcrypt}$2a$10$").doesNotContain(DemoOrganisation.PASSWORD);
        assertThat(passwordEncoder.matches(DemoOrganisation.PASSWORD, stored)).isTrue();
    }

    @Test
    void a_hash_of_another_cost_is_made_again_at_todays_when_its_owner_signs_in() {
        String account = "mohammed.aziz@example.com";
        String older = "{bcrypt}" + new BCryptPasswordEncoder(12).encode(DemoOrganisation.PASSWORD);
        jdbc.sql("""
                UPDATE credential SET password_hash = ?, changed_at = TIMESTAMP '2024-05-06 07:08:09'
                WHERE employee_id = (SELECT id FROM employee WHERE email = ?)""").params(older, account).update();

        assertThatThrownBy(() -> signIn(account, "not the password")).isInstanceOf(BadCredentialsException.class);
        assertThat(storedHash(account)).as("a wrong password changes nothing").isEqualTo(older);

        assertThat(signIn(account, DemoOrganisation.PASSWORD).isAuthenticated()).isTrue();

        String now = storedHash(account);
        assertThat(now).startsWith("{bcrypt}$2a$10$").isNotEqualTo(older);
        assertThat(passwordEncoder.matches(DemoOrganisation.PASSWORD, now)).isTrue();
        assertThat(signIn(account, DemoOrganisation.PASSWORD).isAuthenticated()).isTrue();
        assertThat(storedHash(account)).as("a hash at today's cost is kept").isEqualTo(now);
        assertThat(jdbc.sql("""
                SELECT c.changed_at = TIMESTAMP '2024-05-06 07:08:09' FROM credential c
                JOIN employee e ON e.id = c.employee_id WHERE e.email = ?""").param(account).query(Boolean.class)
                .single()).as("hashing the same password again is not a change of password").isTrue();
    }

    private String storedHash(String email) {
        return jdbc.sql("""
                SELECT c.password_hash FROM credential c JOIN employee e ON e.id = c.employee_id WHERE e.email = ?""")
                .param(email).query(String.class).single();
    }

    @Test
    void after_five_failures_even_the_right_password_is_refused_for_a_while() {
        String account = "grace.liu@example.com";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(account, "wrong password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(account, DemoOrganisation.PASSWORD))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(signIn("mohammed.aziz@example.com", DemoOrganisation.PASSWORD).isAuthenticated())
                .as("other accounts are not affected").isTrue();
    }

    @Test
    void an_unknown_account_fails_the_same_way_as_a_wrong_password() {
        assertThatThrownBy(() -> signIn("nobody@example.com", DemoOrganisation.PASSWORD))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_deactivated_person_cannot_sign_in() {
        jdbc.sql("UPDATE employee SET active = FALSE WHERE email = 'chloe.martin@example.com'").update();
        try {
            assertThatThrownBy(() -> signIn("chloe.martin@example.com", DemoOrganisation.PASSWORD))
                    .isInstanceOf(AuthenticationException.class);
        } finally {
            jdbc.sql("UPDATE employee SET active = TRUE WHERE email = 'chloe.martin@example.com'").update();
        }
    }

    private Authentication signIn(String email, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}
