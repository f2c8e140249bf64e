package io.steward.learning;

import io.steward.base.EmployeeId;
import java.util.List;

/**
 * Open assignments of one module were closed as {@link AssignmentState#NO_LONGER_REQUIRED}: these people left
 * every audience that required the module, or the company. Their evidence stays. Published in the transaction.
 */
public record AssignmentsClosed(String moduleId, List<EmployeeId> employees) {

    public AssignmentsClosed {
        employees = List.copyOf(employees);
    }
}
