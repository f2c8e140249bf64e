package io.steward.learning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One module on a person's "My training" list. {@code completionId} is set once the module is completed;
 * its certificate is downloaded by that id. {@code reason} says why the current cycle opened.
 */
public record MyAssignment(String moduleId, String title, String summary, Integer estimatedMinutes,
        LocalDate dueDate, AssignmentState state, boolean overdue, boolean dueSoon, int progressPercent,
        Long completionId, Instant completedAt, Instant expiresAt, CycleReason reason) {
}
