package io.steward.content.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.content.ContentProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The authoring lint: warnings, by line, about quizzes that can be passed without reading the lessons. */
class QuizLintTest {

    private static final String HEADER = """
            ---
            id: lint
            title: Lint
            version: 1.0.0
            estimated-minutes: %d
            pass-mark: 80
            questions-per-attempt: %d
            ---
            ## Only lesson

            %s

            ## Quiz

            """;

    private static String module(int minutes, int draw, String lesson, String... questions) {
        return HEADER.formatted(minutes, draw, lesson) + String.join("\n", questions);
    }

    private static String single(String right, String wrong) {
        return """
                ### Which one?
                - [x] %s
                - [ ] %s

                > Why.
                """.formatted(right, wrong);
    }

    private static String selectAll(int right, int wrong) {
        return "### Which ones? (Select all that apply.)\n" + "- [x] yes\n".repeat(right) + "- [ ] no\n".repeat(wrong)
                + "\n> Why.\n";
    }

    private static List<String> warnings(String text) {
        return ModuleParser.parse("modules/lint.md", text.getBytes(StandardCharsets.UTF_8), name -> true,
                OrganisationFacts.NONE).problems().stream().map(ContentProblem::toString).toList();
    }

    @Test
    void a_clean_quiz_has_no_warning() {
        assertThat(warnings(module(1, 2, "Short.", single("short", "much longer"), single("a", "b"),
                single("longer right", "wrong"), selectAll(1, 3), selectAll(2, 2), single("x", "y")))).isEmpty();
    }

    @Test
    void the_longest_option_being_right_in_more_than_a_third_is_a_warning() {
        assertThat(warnings(module(1, 1, "Short.", single("the long right one", "short"),
                single("the long right one", "short"), single("a", "b"))))
                .containsExactly("modules/lint.md:2: warning: the right option is the longest in 2 of 3 single-choice "
                        + "questions: at most one in three, or picking the longest passes the quiz");
    }

    @Test
    void select_all_questions_with_the_same_number_of_right_options_are_a_warning() {
        assertThat(warnings(module(1, 1, "Short.", selectAll(3, 1), selectAll(3, 1))))
                .containsExactly("modules/lint.md:15: warning: every select-all question has 3 right options: vary the "
                        + "number (one to all), or counting gives the answer away");
    }

    @Test
    void a_heading_that_says_select_all_makes_one_right_option_a_select_all_question() {
        String text = module(1, 1, "Short.", selectAll(1, 3), single("a", "b"));
        List<QuizQuestion> questions = ModuleParser.parse("modules/lint.md", text.getBytes(StandardCharsets.UTF_8),
                name -> true, OrganisationFacts.NONE).document().orElseThrow().questions();

        assertThat(questions).extracting(QuizQuestion::selectAll).containsExactly(true, false);
    }

    @Test
    void a_small_bank_a_missing_explanation_and_a_wrong_estimate_are_warnings() {
        String lesson = "word ".repeat(2000); // ten minutes at 200 words a minute
        assertThat(warnings(module(30, 2, lesson, single("a", "b"), "### Which?\n- [x] c\n- [ ] d\n")))
                .containsExactly(
                        "modules/lint.md:5: warning: 'estimated-minutes' is 30 but reading the lessons (2000 words) "
                                + "and answering 2 questions takes about 11 minutes",
                        "modules/lint.md:7: warning: the bank has 2 questions for a draw of 2: a retake should draw "
                                + "mostly new questions, so write at least 4 or draw at most 1",
                        "modules/lint.md:21: warning: the question has no explanation: add a block quote ('> ...') "
                                + "after the options saying why the right answer is right");
        assertThat(warnings(module(11, 1, lesson, single("a", "b"), single("c", "d")))).isEmpty();
    }
}
