package io.steward.directory;

import io.steward.base.EmployeeId;
import io.steward.base.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person's roles changed (or a new person came with roles beyond employee); published in the transaction that
 * writes the change, so the audit trail records it with it.
 */
public record RolesChanged(EmployeeId employee, Set<Role> before, Set<Role> after) {

    public RolesChanged {
        before = ordered(before);
        after = ordered(after);
    }

    private static Set<Role> ordered(Set<Role> roles) {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }
}
