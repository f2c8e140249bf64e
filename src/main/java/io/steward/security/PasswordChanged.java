package io.steward.security;

import io.steward.base.EmployeeId;

/**
 * A person changed their own password (or tried to with a wrong current password, {@code changed} false).
 * {@code keptSession} is the session they did it in, which stays signed in; their other sessions end.
 */
public record PasswordChanged(EmployeeId employee, boolean changed, String keptSession) {
}
