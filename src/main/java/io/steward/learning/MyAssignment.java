package io.steward.learning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One module on a person's "My training" list. {@code completionId} is set once the module is completed;
 * its certificate is downloaded by that id. {@code reason} says why the current cycle opened.
 * {@code daysToDue} counts from today to the due date (negative when overdue). {@code statementAttemptId} is
 * the passed attempt whose statement is the one step left, or null.
 */
public record MyAssignment(String moduleId, String title, String summary, Integer estimatedMinutes,
        LocalDate dueDate, long daysToDue, AssignmentState state, boolean overdue, boolean dueSoon,
        int progressPercent, Long statementAttemptId, Long completionId, Instant completedAt, Instant expiresAt,
        CycleReason reason) {

    /** What is left of the module's estimated time, by the progress made; null when the module has no estimate. */
    public Integer minutesLeft() {
        if (estimatedMinutes == null || !state.isOpen()) {
            return estimatedMinutes == null ? null : 0;
        }
        if (statementAttemptId != null) {
            return 1;
        }
        return Math.max(1, (int) Math.ceil(estimatedMinutes * (100 - progressPercent) / 100.0));
    }
}
