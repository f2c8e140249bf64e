package io.steward.learning;

import java.util.List;

/**
 * One thing wrong with a requested assignment rule: the field it concerns (as the API names it), the message
 * key, and the values the message names.
 */
public record RuleProblem(String field, String key, List<String> values) {

    public RuleProblem {
        values = List.copyOf(values);
    }

    public RuleProblem(String field, String key) {
        this(field, key, List.of());
    }
}
