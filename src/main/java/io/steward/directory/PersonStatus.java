package io.steward.directory;

import io.steward.base.EmployeeId;

/** Whether a person still works here and whether their personal data has been erased. */
public record PersonStatus(EmployeeId id, String employeeNumber, String displayName, boolean active, boolean erased) {
}
