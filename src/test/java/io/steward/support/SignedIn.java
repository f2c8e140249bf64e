package io.steward.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Puts a real directory person into the security context, as sign-in would, so that integration tests call
 * services exactly as that person. Close it (try-with-resources) to return to whoever was signed in before.
 */
@TestComponent
public class SignedIn {

    /** Ends the signed-in state. */
    public interface Session extends AutoCloseable {
        @Override
        void close();
    }

    private final UserDetailsService users;
    private final JdbcClient jdbc;

    SignedIn(UserDetailsService users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /** Gives an imported person a password, as their invitation would, so that they can be signed in. */
    public void givePassword(String employeeNumber) {
        jdbc.sql("""
                INSERT IGNORE INTO credential (employee_id, password_hash, changed_at)
                SELECT id, '{noop}unused', NOW(6) FROM employee WHERE employee_number = ?""")
                .param(employeeNumber).update();
    }

    public Session as(String email) {
        UserDetails user = users.loadUserByUsername(email);
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return () -> SecurityContextHolder.getContext().setAuthentication(before);
    }
}
