package io.steward.content;

import java.time.Period;

/**
 * One row of the author's catalogue. For an {@link ModuleStatus#INVALID} file only the path, the status and
 * the problem count are certain; the other fields are null or zero.
 */
public record ModuleSummary(String path, String id, String title, SemanticVersion version, String summary,
        int lessons, int questions, Integer estimatedMinutes, Integer passMark, Period recertifyEvery,
        ModuleStatus status, int problems) {

    public boolean served() {
        return status != ModuleStatus.INVALID;
    }
}
