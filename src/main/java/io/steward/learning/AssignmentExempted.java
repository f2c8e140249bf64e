package io.steward.learning;

import io.steward.base.EmployeeId;

/** HR exempted a person from a module. The reason stays with the assignment, not in the event. */
public record AssignmentExempted(EmployeeId employee, String moduleId) {
}
