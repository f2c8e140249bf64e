package io.steward.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a report is narrowed to. Every field is optional (null: no narrowing). {@code managerId} narrows to
 * the people below that manager; for a manager's own reports the service always narrows to their own line.
 * {@code asOf} asks for the record as it stood at the end of that day (UTC): each person where they were then,
 * each assignment in the cycle it was in then (docs/decisions/0017); null means now.
 */
public record ReportFilter(String department, String moduleId, StateFilter state, LocalDate dueFrom,
        LocalDate dueTo, Long managerId, LocalDate asOf) {

    /** A filter of the present. */
    public ReportFilter(String department, String moduleId, StateFilter state, LocalDate dueFrom, LocalDate dueTo,
            Long managerId) {
        this(department, moduleId, state, dueFrom, dueTo, managerId, null);
    }

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null, null, null);
    }

    /** The same narrowing, as the record stood at the end of {@code day} (null: now). */
    public ReportFilter asOf(LocalDate day) {
        return new ReportFilter(department, moduleId, state, dueFrom, dueTo, managerId, day);
    }

    /** The filter as query parameters (the names the export links and the API use), unset ones left out. */
    public Map<String, String> parameters() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("department", department);
        all.put("module", moduleId);
        all.put("state", state);
        all.put("dueFrom", dueFrom);
        all.put("dueTo", dueTo);
        all.put("manager", managerId);
        all.put("asOf", asOf);
        Map<String, String> set = new LinkedHashMap<>();
        all.forEach((name, value) -> {
            if (value != null) {
                set.put(name, value.toString());
            }
        });
        return set;
    }

    /** For the audit trail: {@code name=value} pairs, or {@code none}. */
    public String describe() {
        Map<String, String> set = parameters();
        return set.isEmpty() ? "none" : set.entrySet().stream().map(p -> p.getKey() + "=" + p.getValue())
                .collect(Collectors.joining(" "));
    }

    /** Which assignments count, by where they stand today (or on the {@code asOf} day). */
    public enum StateFilter {
        OPEN, OVERDUE, COMPLETED, EXEMPTED
    }
}
