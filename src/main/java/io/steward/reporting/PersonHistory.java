package io.steward.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything about one person's training, for a manager's drill-down. */
public record PersonHistory(long id, String displayName, String email, String department, String manager,
        List<AssignmentLine> assignments, List<AttemptLine> attempts, List<CompletionLine> completions,
        List<CertificateLine> certificates) {

    public record AssignmentLine(String moduleId, String title, String state, boolean overdue,
            LocalDate dueDate, Instant completedAt, String exemptReason) {
    }

    public record AttemptLine(String moduleId, String title, String version, int attemptNumber, String state,
            Integer scorePercent, Boolean passed, Instant startedAt, Instant submittedAt) {
    }

    /** {@code scorePercent} is null for a module without a quiz, completed by its attestation. */
    public record CompletionLine(String moduleId, String title, String version, Integer scorePercent,
            Instant completedAt, Instant expiresAt) {
    }

    public record CertificateLine(String code, String moduleId, String title, Instant issuedAt,
            Instant expiresAt) {
    }
}
