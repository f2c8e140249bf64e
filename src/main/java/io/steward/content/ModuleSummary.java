package io.steward.content;

import java.time.Period;

/**
 * One row of the author's catalogue. For an {@link ModuleStatus#INVALID} file only the path and the status are
 * certain (the id too when the front matter named one); the other fields are null or zero.
 */
public record ModuleSummary(String path, String id, String title, SemanticVersion version, String summary,
        int lessons, int questions, Integer estimatedMinutes, Integer passMark, Period recertifyEvery,
        ModuleStatus status) {

    public boolean served() {
        return status != ModuleStatus.INVALID;
    }
}
