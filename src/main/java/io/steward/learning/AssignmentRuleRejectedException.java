package io.steward.learning;

import java.util.List;

/** The rule was not made; nothing changed. Carries every problem found. */
public class AssignmentRuleRejectedException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public AssignmentRuleRejectedException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the assignment rule");
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
