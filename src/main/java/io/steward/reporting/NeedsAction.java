package io.steward.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The top of "My team": the people who need a reminder now, most urgent first, at most a page of them;
 * {@code more} says how many more there are.
 */
public record NeedsAction(List<Row> rows, long more) {

    /** Why a person needs a reminder, the more urgent first. */
    public enum Reason {
        OVERDUE, EXPIRING
    }

    /**
     * One person with their most urgent module: overdue by {@code days} since {@code date}, or expiring in
     * {@code days} on {@code date}; {@code otherModules} more need action too. {@code remindedToday}: the
     * signed-in manager reminded them today, so a reminder now would be skipped.
     */
    public record Row(long personId, String displayName, String moduleTitle, Reason reason, LocalDate date,
            long days, int otherModules, boolean remindedToday) {
    }
}
