package io.steward.security;

import io.steward.base.EmployeeId;
import java.time.Instant;

/**
 * Someone asked for a link to choose a new password, for an account that exists and may use a password: the
 * mail with the link ({@code path}, secret: never logged or stored) goes to the person's own address.
 */
public record PasswordRecoveryRequested(EmployeeId employee, String path, Instant expiresAt) {
}
