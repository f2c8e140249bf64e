package io.steward.reporting;

/**
 * The figures at the top of a dashboard. {@code assigned} counts current assignments (not exempted);
 * {@code expiringSoon} counts completions whose validity ends within 30 days.
 */
public record Headline(long assigned, long completed, long overdue, long dueSoon, long expiringSoon) {

    /** Completed out of assigned, rounded down to whole percent; 100 when nothing is assigned. */
    public int completionPercent() {
        return assigned == 0 ? 100 : (int) (completed * 100 / assigned);
    }
}
