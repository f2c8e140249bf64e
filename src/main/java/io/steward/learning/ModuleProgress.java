package io.steward.learning;

import io.steward.content.ModuleContent;

/** A module opened for reading, with where this person is in it. Lessons are numbered from 1. */
public record ModuleProgress(ModuleContent module, int currentLesson, int furthestLesson) {

    public int lessonCount() {
        return module.lessons().size();
    }
}
