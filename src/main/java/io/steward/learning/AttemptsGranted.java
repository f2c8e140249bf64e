package io.steward.learning;

import io.steward.base.EmployeeId;

/** HR or a manager allowed a person more attempts on a module. */
public record AttemptsGranted(EmployeeId employee, String moduleId, int extra) {
}
