package io.steward.learning;

import io.steward.base.EmployeeId;

/** A quiz attempt was scored (exactly once per attempt). */
public record AttemptSubmitted(long attemptId, EmployeeId employee, String moduleId, String moduleVersion,
        int scorePercent, boolean passed) {
}
