package io.steward.reporting;

/** Completion of one module across a population. */
public record ModuleRate(String moduleId, String title, long assigned, long completed) {

    public int percent() {
        return assigned == 0 ? 100 : (int) (completed * 100 / assigned);
    }
}
