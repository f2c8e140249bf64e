package io.steward.learning;

import io.steward.content.ModuleContent;

/**
 * A module opened for reading, with where this person is in it. Lessons are numbered from 1; the furthest
 * lesson is the last one read in order. {@code attestable}: the module has no quiz, every lesson is read and
 * it is not completed in the open cycle, so the person may agree to its attestation now.
 */
public record ModuleProgress(ModuleContent module, int currentLesson, int furthestLesson, boolean attestable) {

    public int lessonCount() {
        return module.lessons().size();
    }
}
