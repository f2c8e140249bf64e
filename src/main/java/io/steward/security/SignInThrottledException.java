package io.steward.security;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because the account name had too many recent failures. */
public class SignInThrottledException extends AuthenticationException {

    SignInThrottledException() {
        super("too many failed sign-in attempts");
    }
}
