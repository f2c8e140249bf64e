package io.steward.directory;

import io.steward.base.EmployeeId;
import io.steward.base.Role;
import java.util.Locale;
import java.util.Set;

/** What sign-in needs to know about a person from the directory. */
public record SignInAccount(EmployeeId id, String email, String displayName, Locale locale, boolean active,
        Set<Role> roles) {
}
