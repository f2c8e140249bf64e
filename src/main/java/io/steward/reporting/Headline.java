package io.steward.reporting;

/**
 * The figures at the top of a dashboard. {@code assigned} counts current assignments (not started, in progress,
 * completed); {@code expiringSoon} counts completions whose validity ends within 30 days. {@code people} is
 * how many people the figures are about; when they are fewer than the minimum group, {@code suppressed} is
 * set and every figure is zero.
 */
public record Headline(long people, long assigned, long completed, long overdue, long dueSoon, long expiringSoon,
        boolean suppressed) {

    /** Completed out of assigned, rounded down to whole percent; 100 when nothing is assigned. */
    public int completionPercent() {
        return Rates.percent(completed, assigned);
    }
}
