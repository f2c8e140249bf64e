package io.steward.reporting;

import java.time.YearMonth;

/**
 * The completion rate at the end of a month (for the current month: today): of the current assignments made
 * by then, how many had been completed by then. {@code suppressed} (figures zero) for too few people.
 */
public record TrendPoint(YearMonth month, long assigned, long completed, boolean suppressed) {

    public int percent() {
        return Rates.percent(completed, assigned);
    }
}
