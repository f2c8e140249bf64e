package io.steward.reporting;

import java.time.LocalDate;

/**
 * What a report is narrowed to. Every field is optional (null: no narrowing). {@code managerId} narrows to
 * the people below that manager; for a manager's own reports the service always narrows to their own line.
 */
public record ReportFilter(String department, String moduleId, StateFilter state, LocalDate dueFrom,
        LocalDate dueTo, Long managerId) {

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null, null);
    }

    /** Which assignments count, by where they stand today. */
    public enum StateFilter {
        OPEN, OVERDUE, COMPLETED, EXEMPTED
    }
}
