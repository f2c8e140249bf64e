package io.steward.content;

import io.steward.content.format.QuizQuestion;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A quiz question as it is shown. {@code key} is its 1-based position in the bank, stable within a module
 * version. {@code text} is plain text; {@code detailHtml} and {@code explanationHtml} are sanitised HTML
 * (empty when the author wrote none).
 */
public record Question(int key, String text, String detailHtml, List<AnswerOption> options, String explanationHtml) {

    public Question {
        options = List.copyOf(options);
    }

    /** "Select all that apply": more than one option is correct, or the question says so. */
    public boolean multipleChoice() {
        return QuizQuestion.selectAll(text, correctKeys().size());
    }

    public Set<Integer> correctKeys() {
        return options.stream().filter(AnswerOption::correct).map(AnswerOption::key).collect(Collectors.toSet());
    }

    /** Right only when exactly the correct set is chosen. */
    public boolean isAnsweredBy(Set<Integer> chosenKeys) {
        return correctKeys().equals(chosenKeys);
    }
}
