package io.steward.learning;

import io.steward.base.EmployeeId;
import java.time.LocalDate;
import java.util.List;

/**
 * Assignments were created or reopened for a new cycle, all for one module under one rule and for one reason;
 * each person with their own due date. Published in the transaction that made them.
 */
public record AssignmentsCreated(long ruleId, String moduleId, CycleReason reason, List<Assigned> assignments) {

    public AssignmentsCreated {
        assignments = List.copyOf(assignments);
    }

    /** One person's new cycle. */
    public record Assigned(EmployeeId employee, LocalDate dueDate) {
    }

    public int created() {
        return assignments.size();
    }
}
