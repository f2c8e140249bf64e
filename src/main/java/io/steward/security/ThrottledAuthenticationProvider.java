package io.steward.security;

import io.steward.security.LoginThrottle.Check;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the throttle before the password, so that a locked name is refused even with the right password
 * (otherwise guessing would simply go on), and counts every failure, for existing names or not, by name and
 * by the client's address (the sign-in form's request).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "";
        if (throttle.isLocked(Check.SIGN_IN, name, client)) {
            throw new SignInThrottledException();
        }
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.recordSuccess(Check.SIGN_IN, name, client);
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(Check.SIGN_IN, name, client);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
