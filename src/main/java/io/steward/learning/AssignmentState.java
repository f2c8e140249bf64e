package io.steward.learning;

/** The stored state of an assignment. Overdue is not a state: it is derived from the due date. */
public enum AssignmentState {
    ASSIGNED,
    IN_PROGRESS,
    COMPLETED,
    EXEMPTED,
    /** Closed because no rule requires it any more (the person left the audience or the company). */
    NO_LONGER_REQUIRED;

    public boolean isOpen() {
        return this == ASSIGNED || this == IN_PROGRESS;
    }
}
