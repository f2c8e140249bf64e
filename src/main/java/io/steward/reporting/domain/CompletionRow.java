package io.steward.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One assignment as exported: who, which module and version, where it stands, and the evidence. */
public record CompletionRow(String employeeNumber, String name, String email, String department, String manager,
        String moduleId, String version, String state, boolean overdue, LocalDate dueDate, Instant completedAt,
        Integer scorePercent, Instant expiresAt, String certificateCode) {
}
