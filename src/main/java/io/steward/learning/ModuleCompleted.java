package io.steward.learning;

import io.steward.base.EmployeeId;
import java.time.Instant;

/** Published in the transaction that records a completion; listeners that must not miss it listen in it too. */
public record ModuleCompleted(long completionId, EmployeeId employeeId, String employeeName, String moduleId,
        String moduleTitle, String moduleVersion, int scorePercent, boolean attested, Instant completedAt,
        Instant expiresAt) {
}
