package io.steward.directory.importing;

import java.util.List;

/** The staff list was refused as a whole; nothing was changed. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    ImportRejectedException(List<ImportProblem> problems) {
        super("The staff list has " + problems.size() + " problem(s); nothing was imported");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
