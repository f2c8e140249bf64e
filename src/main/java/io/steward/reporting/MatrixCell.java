package io.steward.reporting;

/** Completion of one module in one department; {@code suppressed} (figures zero) for too few people. */
public record MatrixCell(String department, String moduleId, long assigned, long completed, boolean suppressed) {

    public int percent() {
        return Rates.percent(completed, assigned);
    }
}
