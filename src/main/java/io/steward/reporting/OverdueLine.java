package io.steward.reporting;

import java.time.LocalDate;

/** An open assignment past its due date, for the longest-overdue list. */
public record OverdueLine(long employeeId, String displayName, String department, String moduleId,
        String title, LocalDate dueDate, long daysOverdue) {
}
