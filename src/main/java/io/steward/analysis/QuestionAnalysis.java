package io.steward.analysis;

import java.util.List;
import java.util.Set;

/**
 * One question of one module version. {@code facility} is null when fewer attempts than the minimum group size
 * were given the question; {@code discrimination} is null when the upper or the lower group is smaller than that.
 * {@code attractiveWrongOptions} are the texts of wrong options chosen more often by the upper group than by the
 * lower group.
 *
 * @param attempts analysed attempts that were given this question
 */
public record QuestionAnalysis(int key, String text, long attempts, Double facility, Double discrimination,
        long upperGroup, long lowerGroup, Set<QuestionFlag> flags, List<String> attractiveWrongOptions) {

    public QuestionAnalysis {
        flags = Set.copyOf(flags);
        attractiveWrongOptions = List.copyOf(attractiveWrongOptions);
    }
}
