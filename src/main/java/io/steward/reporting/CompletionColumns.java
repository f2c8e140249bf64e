package io.steward.reporting;

import io.steward.reporting.domain.CompletionRow;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The columns of the completions export, in order, for every file format. Text goes through
 * {@link SpreadsheetSafe}; dates are ISO 8601 (times in UTC); the score is a number.
 */
final class CompletionColumns {

    static final List<String> HEADERS = List.of("employee_id", "name", "email", "department", "manager",
            "module_id", "module_title", "module_version", "state", "overdue", "due_date", "completed_at",
            "score_percent", "expires_at", "certificate_code");

    private CompletionColumns() {
    }

    /**
     * The cells of one row: strings, or an Integer (null for an empty number cell). Without {@code withEmail}
     * the e-mail cell is left empty (for auditors; the column stays, so files keep one layout).
     */
    static List<Object> values(CompletionRow row, Map<String, String> titles, boolean withEmail) {
        return Arrays.asList(text(row.employeeNumber()), text(row.name()), withEmail ? text(row.email()) : null,
                text(row.department()), text(row.manager()), text(row.moduleId()),
                text(titles.getOrDefault(row.moduleId(), row.moduleId())), text(row.version()), text(row.state()),
                String.valueOf(row.overdue()), text(Objects.toString(row.dueDate(), null)),
                text(Objects.toString(row.completedAt(), null)), row.scorePercent(),
                text(Objects.toString(row.expiresAt(), null)), text(row.certificateCode()));
    }

    private static String text(String value) {
        return SpreadsheetSafe.text(value);
    }
}
