package io.steward.reporting;

import java.time.YearMonth;

/**
 * The completion rate at the end of a month (for the report's own month: its day): of the current assignments
 * then, how many had been completed by then. A past month of the organisation (whole, or by department and
 * module) is the record as it stood at the month's end, stored once the month closed
 * (docs/decisions/0014-fast-dashboards.md).
 * {@code suppressed} (figures zero) for too few people.
 */
public record TrendPoint(YearMonth month, long assigned, long completed, boolean suppressed) {

    public int percent() {
        return Rates.percent(completed, assigned);
    }
}
