package io.steward.directory;

import io.steward.base.EmployeeId;
import java.util.Set;

/** These people no longer work here (or no longer may sign in); published once the change is committed. */
public record EmployeesDeactivated(Set<EmployeeId> employees) {

    public EmployeesDeactivated {
        employees = Set.copyOf(employees);
    }
}
