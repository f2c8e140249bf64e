package io.steward.reporting;

/** Completion of one module in one department. */
public record MatrixCell(String department, String moduleId, long assigned, long completed) {

    public int percent() {
        return assigned == 0 ? 100 : (int) (completed * 100 / assigned);
    }
}
