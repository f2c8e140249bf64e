package io.steward.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks the throttle before the password, so that a locked name is refused even with the right password
 * (otherwise guessing would simply go on), and counts every failure, for existing names or not.
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
        if (throttle.isLocked(name)) {
            throw new SignInThrottledException();
        }
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.recordSuccess(name);
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(name);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
