package io.steward.learning;

import io.steward.content.ModuleSummary;
import java.time.Instant;

/**
 * A served module that is not assigned to me, which I may take of my own accord; with my latest completion of
 * it ({@code completionId} null when I have none) and the passed attempt whose statement is left, if any.
 */
public record VoluntaryModule(ModuleSummary module, Long statementAttemptId, Long completionId, Instant completedAt,
        Instant expiresAt) {

    public boolean completed() {
        return completionId != null;
    }
}
