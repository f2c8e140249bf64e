package io.steward.analysis;

import io.steward.base.SettingChecks;

/**
 * When a question is flagged ({@code steward.analysis.*}): too easy above a facility of {@code tooEasyAbove}, too
 * hard below {@code tooHardBelow}, misleading when its discrimination is below {@code misleadingBelow}.
 */
public record Thresholds(double tooEasyAbove, double tooHardBelow, double misleadingBelow) {

    public Thresholds {
        SettingChecks.between("steward.analysis.too-easy-above", tooEasyAbove, 0, 1);
        SettingChecks.between("steward.analysis.too-hard-below", tooHardBelow, 0, 1);
        SettingChecks.between("steward.analysis.misleading-below", misleadingBelow, -1, 1);
        if (tooHardBelow >= tooEasyAbove) {
            throw new IllegalArgumentException("steward.analysis.too-hard-below (" + tooHardBelow
                    + ") must be lower than steward.analysis.too-easy-above (" + tooEasyAbove + ")");
        }
    }
}
