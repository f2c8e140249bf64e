package io.steward.reporting;

/** One rule for every completion rate in the reports. */
final class Rates {

    private Rates() {
    }

    /** Completed out of assigned, rounded down to whole percent; 100 when nothing is assigned. */
    static int percent(long completed, long assigned) {
        return assigned == 0 ? 100 : (int) (completed * 100 / assigned);
    }
}
