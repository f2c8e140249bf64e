package io.steward.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steward.analysis.domain.AnalysedAnswers.AnswerTally;
import io.steward.analysis.domain.AnalysedAnswers.Band;
import io.steward.content.AnswerOption;
import io.steward.content.Question;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemStatisticsTest {

    private static final Thresholds DEFAULTS = new Thresholds(0.9, 0.3, 0);
    private static final Question SINGLE = new Question(1, "Which is right?", "", List.of(
            new AnswerOption(1, "Right", true), new AnswerOption(2, "Tempting", false),
            new AnswerOption(3, "Plainly wrong", false)), "");

    private static AnswerTally tally(Band band, Set<Integer> chosen, long attempts) {
        return new AnswerTally(1, band, chosen, attempts);
    }

    @Test
    void facility_discrimination_and_an_attractive_wrong_option_match_a_hand_computed_example() {
        // Upper: 4 right, 1 "Tempting". Middle: 3 right, 2 "Plainly wrong". Lower: 1 right, 3 "Plainly wrong", 1 blank.
        List<AnswerTally> tallies = List.of(
                tally(Band.UPPER, Set.of(1), 4), tally(Band.UPPER, Set.of(2), 1),
                tally(Band.MIDDLE, Set.of(1), 3), tally(Band.MIDDLE, Set.of(3), 2),
                tally(Band.LOWER, Set.of(1), 1), tally(Band.LOWER, Set.of(3), 3), tally(Band.LOWER, Set.of(), 1));

        QuestionAnalysis result = ItemStatistics.analyse(SINGLE, tallies, 5, DEFAULTS);

        assertThat(result.attempts()).isEqualTo(15);
        assertThat(result.facility()).isCloseTo(8.0 / 15, within(1e-12));
        assertThat(result.upperGroup()).isEqualTo(5);
        assertThat(result.lowerGroup()).isEqualTo(5);
        assertThat(result.discrimination()).as("4/5 - 1/5").isCloseTo(0.6, within(1e-12));
        assertThat(result.attractiveWrongOptions()).as("chosen by 1 of 5 strong, 0 of 5 weak")
                .containsExactly("Tempting");
        assertThat(result.flags()).containsExactly(QuestionFlag.MISLEADING);
    }

    @Test
    void a_question_everyone_answers_right_is_too_easy_and_nothing_else() {
        List<AnswerTally> tallies = List.of(tally(Band.UPPER, Set.of(1), 5), tally(Band.MIDDLE, Set.of(1), 8),
                tally(Band.LOWER, Set.of(1), 5));

        QuestionAnalysis result = ItemStatistics.analyse(SINGLE, tallies, 5, DEFAULTS);

        assertThat(result.facility()).isEqualTo(1.0);
        assertThat(result.discrimination()).isEqualTo(0.0);
        assertThat(result.flags()).containsExactly(QuestionFlag.TOO_EASY);
    }

    @Test
    void weak_attempts_doing_better_than_strong_ones_make_a_hard_question_misleading() {
        List<AnswerTally> tallies = List.of(tally(Band.UPPER, Set.of(3), 5), tally(Band.MIDDLE, Set.of(3), 8),
                tally(Band.LOWER, Set.of(1), 2), tally(Band.LOWER, Set.of(3), 3));

        QuestionAnalysis result = ItemStatistics.analyse(SINGLE, tallies, 5, DEFAULTS);

        assertThat(result.facility()).isCloseTo(2.0 / 18, within(1e-12));
        assertThat(result.discrimination()).isCloseTo(-0.4, within(1e-12));
        assertThat(result.flags()).containsExactlyInAnyOrder(QuestionFlag.TOO_HARD, QuestionFlag.MISLEADING);
    }

    @Test
    void groups_smaller_than_the_minimum_get_no_discrimination_and_no_option_verdict() {
        List<AnswerTally> tallies = List.of(tally(Band.UPPER, Set.of(2), 4), tally(Band.MIDDLE, Set.of(1), 3),
                tally(Band.LOWER, Set.of(1), 4));

        QuestionAnalysis result = ItemStatistics.analyse(SINGLE, tallies, 5, DEFAULTS);

        assertThat(result.facility()).isCloseTo(7.0 / 11, within(1e-12));
        assertThat(result.discrimination()).isNull();
        assertThat(result.attractiveWrongOptions()).isEmpty();
        assertThat(result.flags()).isEmpty();
    }

    @Test
    void a_question_given_to_fewer_attempts_than_the_minimum_gets_no_figures() {
        QuestionAnalysis result = ItemStatistics.analyse(SINGLE, List.of(tally(Band.UPPER, Set.of(1), 4)), 5,
                DEFAULTS);

        assertThat(result.attempts()).isEqualTo(4);
        assertThat(result.facility()).isNull();
        assertThat(result.discrimination()).isNull();
        assertThat(result.flags()).isEmpty();
    }

    @Test
    void a_select_all_question_is_right_only_with_exactly_the_correct_set() {
        Question selectAll = new Question(2, "Which apply?", "", List.of(new AnswerOption(1, "One", true),
                new AnswerOption(2, "Two", true), new AnswerOption(3, "Three", false)), "");
        List<AnswerTally> tallies = List.of(tally(Band.UPPER, Set.of(1, 2), 5), tally(Band.MIDDLE, Set.of(1), 5),
                tally(Band.LOWER, Set.of(1, 2, 3), 5));

        QuestionAnalysis result = ItemStatistics.analyse(selectAll, tallies, 5, DEFAULTS);

        assertThat(result.facility()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(result.discrimination()).isEqualTo(1.0);
        assertThat(result.attractiveWrongOptions()).isEmpty();
    }

    @Test
    void the_upper_and_lower_groups_are_27_percent_of_the_attempts_rounded() {
        assertThat(ItemStatistics.groupSize(20)).isEqualTo(5);
        assertThat(ItemStatistics.groupSize(18)).isEqualTo(5);
        assertThat(ItemStatistics.groupSize(17)).isEqualTo(5);
        assertThat(ItemStatistics.groupSize(16)).isEqualTo(4);
        assertThat(ItemStatistics.groupSize(100)).isEqualTo(27);
    }

    @Test
    void thresholds_out_of_range_or_in_the_wrong_order_are_refused_with_the_setting_named() {
        assertThatThrownBy(() -> new Thresholds(1.5, 0.3, 0)).hasMessageContaining("steward.analysis.too-easy-above");
        assertThatThrownBy(() -> new Thresholds(0.5, 0.6, 0)).hasMessageContaining("steward.analysis.too-hard-below");
    }
}
