package io.steward.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything about one person's training, for their manager and HR: where each module stands now, the
 * timeline of every cycle, attempts, completions and certificates.
 */
public record PersonHistory(long id, String displayName, String email, String department, String manager,
        List<AssignmentLine> assignments, List<CycleLine> timeline, List<AttemptLine> attempts,
        List<CompletionLine> completions, List<CertificateLine> certificates) {

    /**
     * One cycle of a module, newest first: why and when it opened, under which rule and so why the person
     * had it (the rule's audience: its type and values, as the rule stands now), due when, and how it ended
     * (null outcome: still open), with the version completed and an exemption's reason. Reconstructed:
     * rebuilt from a completion recorded before each cycle was kept (rule and due date unknown).
     */
    public record CycleLine(String moduleId, String title, String reason, Instant openedAt, Long ruleId,
            String audienceType, List<String> audienceValues, LocalDate dueDate, String outcome, Instant endedAt,
            String completedVersion, String exemptReason, boolean reconstructed) {

        public boolean overdue(LocalDate today) {
            return outcome == null && dueDate != null && dueDate.isBefore(today);
        }
    }

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
