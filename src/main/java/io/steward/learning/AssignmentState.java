package io.steward.learning;

/** The stored state of an assignment. Overdue is not a state: it is derived from the due date. */
public enum AssignmentState {
    ASSIGNED,
    IN_PROGRESS,
    COMPLETED,
    EXEMPTED;

    public boolean isOpen() {
        return this == ASSIGNED || this == IN_PROGRESS;
    }
}
