package io.steward.learning;

import io.steward.base.EmployeeId;
import java.time.Instant;

/**
 * Published in the transaction that records a completion; listeners that must not miss it listen in it too.
 * {@code scorePercent} is null for a module without a quiz, completed by its attestation alone.
 */
public record ModuleCompleted(long completionId, EmployeeId employeeId, String employeeName, String moduleId,
        String moduleTitle, String moduleVersion, Integer scorePercent, boolean attested, Instant completedAt,
        Instant expiresAt) {
}
