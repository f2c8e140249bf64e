package io.steward.reporting;

/** Completion of one module across a population; {@code suppressed} (figures zero) for too few people. */
public record ModuleRate(String moduleId, String title, long assigned, long completed, boolean suppressed) {

    public int percent() {
        return Rates.percent(completed, assigned);
    }
}
