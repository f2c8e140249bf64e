package io.steward.learning;

import io.steward.content.ModuleContent;

/**
 * A module opened for reading, with where this person is in it. Lessons are numbered from 1; the furthest
 * lesson is the last one read in order. {@code attestable}: the module has no quiz, every lesson is read and
 * it is not completed in the open cycle, so the person may agree to its attestation now. {@code quizPassed}:
 * the quiz is behind them in this cycle (passed, or the module completed); {@code statementAttemptId} the
 * passed attempt whose statement is the one step left, or null; {@code completed} the module is done.
 */
public record ModuleProgress(ModuleContent module, int currentLesson, int furthestLesson, boolean attestable,
        boolean quizPassed, Long statementAttemptId, boolean completed) {

    public int lessonCount() {
        return module.lessons().size();
    }
}
