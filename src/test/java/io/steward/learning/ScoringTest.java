package io.steward.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.content.AnswerOption;
import io.steward.content.Question;
import io.steward.learning.Scoring.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringTest {

    /** Question 1: one right option (2). Question 2: select all that apply (1 and 3). Question 3: one right (1). */
    private static final List<Question> BANK = List.of(
            question(1, Set.of(2), 3), question(2, Set.of(1, 3), 4), question(3, Set.of(1), 2));

    private static Question question(int key, Set<Integer> right, int options) {
        List<AnswerOption> all = new ArrayList<>();
        for (int o = 1; o <= options; o++) {
            all.add(new AnswerOption(o, "Option " + o, right.contains(o)));
        }
        return new Question(key, "Question " + key, null, all, null);
    }

    @Test
    void the_score_is_the_share_answered_exactly_right_rounded_down() {
        Map<Integer, Set<Integer>> given = Map.of(1, Set.of(2), 2, Set.of(1, 3), 3, Set.of(2));

        assertThat(Scoring.score(List.of(1, 2, 3), BANK, given, 66)).isEqualTo(new Score(66, true));
        assertThat(Scoring.score(List.of(1, 2, 3), BANK, given, 67)).as("66.67 rounds down").isEqualTo(new Score(66,
                false));
    }

    @Test
    void select_all_that_apply_is_right_only_with_exactly_the_right_options() {
        assertThat(Scoring.score(List.of(2), BANK, Map.of(2, Set.of(1)), 100).percent()).as("too few").isZero();
        assertThat(Scoring.score(List.of(2), BANK, Map.of(2, Set.of(1, 2, 3)), 100).percent()).as("too many")
                .isZero();
        assertThat(Scoring.score(List.of(2), BANK, Map.of(2, Set.of(3, 1)), 100)).isEqualTo(new Score(100, true));
    }

    @Test
    void unanswered_questions_are_wrong_and_only_the_drawn_ones_count() {
        assertThat(Scoring.score(List.of(1, 3), BANK, Map.of(1, Set.of(2)), 50)).isEqualTo(new Score(50, true));
        assertThat(Scoring.score(List.of(3), BANK, Map.of(1, Set.of(2), 2, Set.of(1, 3)), 1))
                .as("answers to questions not drawn count for nothing").isEqualTo(new Score(0, false));
        assertThat(Scoring.score(List.of(1, 2, 3), BANK, Map.of(), 0)).isEqualTo(new Score(0, true));
    }

    @Test
    void a_question_not_in_the_bank_or_an_empty_draw_is_refused() {
        assertThatThrownBy(() -> Scoring.score(List.of(9), BANK, Map.of(), 50))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no question 9");
        assertThatThrownBy(() -> Scoring.score(List.of(), BANK, Map.of(), 50))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
