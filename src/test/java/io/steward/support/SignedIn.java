package io.steward.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.boot.test.context.TestComponent;

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

    SignedIn(UserDetailsService users) {
        this.users = users;
    }

    public Session as(String email) {
        UserDetails user = users.loadUserByUsername(email);
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return () -> SecurityContextHolder.getContext().setAuthentication(before);
    }
}
