package io.steward.analysis;

import io.steward.analysis.domain.AnalysedAnswers.AnswerTally;
import io.steward.analysis.domain.AnalysedAnswers.Band;
import io.steward.content.AnswerOption;
import io.steward.content.Question;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Classical item analysis of one question from the tallies of its answers (docs/decisions/0016-question-analysis.md).
 * Facility is the share of attempts answering right; discrimination is the facility in the upper group minus the
 * facility in the lower group (the best and the weakest 27% of attempts by score). A figure over fewer attempts
 * than the minimum group size is not computed.
 */
final class ItemStatistics {

    /** The share of attempts in each of the upper and lower groups. */
    static final double GROUP_SHARE = 0.27;

    private ItemStatistics() {
    }

    /** How many attempts form the upper group, and the lower group, out of {@code attempts}. */
    static int groupSize(long attempts) {
        return (int) Math.round(attempts * GROUP_SHARE);
    }

    static QuestionAnalysis analyse(Question question, List<AnswerTally> tallies, int minimumGroup,
            Thresholds thresholds) {
        long attempts = count(tallies, t -> true);
        long upper = count(tallies, t -> t.band() == Band.UPPER);
        long lower = count(tallies, t -> t.band() == Band.LOWER);
        Double facility = attempts < minimumGroup ? null
                : share(count(tallies, t -> question.isAnsweredBy(t.chosen())), attempts);
        boolean groupsLargeEnough = upper >= minimumGroup && lower >= minimumGroup;
        Double discrimination = groupsLargeEnough
                ? share(count(tallies, t -> t.band() == Band.UPPER && question.isAnsweredBy(t.chosen())), upper)
                        - share(count(tallies, t -> t.band() == Band.LOWER && question.isAnsweredBy(t.chosen())), lower)
                : null;
        List<String> attractive = groupsLargeEnough ? question.options().stream().filter(o -> !o.correct())
                .filter(o -> picks(tallies, Band.UPPER, o, upper) > picks(tallies, Band.LOWER, o, lower))
                .map(AnswerOption::text).toList() : List.of();
        Set<QuestionFlag> flags = EnumSet.noneOf(QuestionFlag.class);
        if (facility != null && facility > thresholds.tooEasyAbove()) {
            flags.add(QuestionFlag.TOO_EASY);
        }
        if (facility != null && facility < thresholds.tooHardBelow()) {
            flags.add(QuestionFlag.TOO_HARD);
        }
        if (discrimination != null && discrimination < thresholds.misleadingBelow() || !attractive.isEmpty()) {
            flags.add(QuestionFlag.MISLEADING);
        }
        return new QuestionAnalysis(question.key(), question.text(), attempts, facility, discrimination, upper, lower,
                flags, attractive);
    }

    /** The share of a group's attempts that chose the option (alone or with others). */
    private static double picks(List<AnswerTally> tallies, Band band, AnswerOption option, long groupSize) {
        return share(count(tallies, t -> t.band() == band && t.chosen().contains(option.key())), groupSize);
    }

    private static long count(List<AnswerTally> tallies, Predicate<AnswerTally> which) {
        return tallies.stream().filter(which).mapToLong(AnswerTally::attempts).sum();
    }

    private static double share(long part, long whole) {
        return (double) part / whole;
    }
}
