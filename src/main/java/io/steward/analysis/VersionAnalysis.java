package io.steward.analysis;

import io.steward.content.ModuleVersionRef;
import java.util.List;

/**
 * The questions of one module version. When fewer people than the minimum group size made an attempt on it the
 * version is {@code suppressed} and {@code questions} is empty: no figure is computed at all.
 *
 * @param attemptsAnalysed the first submitted attempt of each person on this version
 */
public record VersionAnalysis(ModuleVersionRef ref, long attemptsAnalysed, boolean suppressed,
        List<QuestionAnalysis> questions) {

    public VersionAnalysis {
        questions = List.copyOf(questions);
    }
}
