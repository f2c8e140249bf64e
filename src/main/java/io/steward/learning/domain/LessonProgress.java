package io.steward.learning.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;

@Entity
public class LessonProgress {

    @Embeddable
    public record Key(long employeeId, String moduleId) implements Serializable {
    }

    @EmbeddedId
    private Key id;

    private int currentLesson;
    private int furthestLesson;
    private int lessonCount;
    private Instant updatedAt;

    protected LessonProgress() {
    }

    public LessonProgress(Key id, int lessonCount, Instant at) {
        this.id = id;
        this.lessonCount = lessonCount;
        this.currentLesson = 1;
        this.furthestLesson = 1;
        this.updatedAt = at;
    }

    public String getModuleId() {
        return id.moduleId();
    }

    public int getCurrentLesson() {
        return currentLesson;
    }

    public int getFurthestLesson() {
        return furthestLesson;
    }

    public int getLessonCount() {
        return lessonCount;
    }

    /**
     * The person opened the lesson. The furthest lesson only moves on in order: a lesson reached by jumping
     * ahead past unread ones does not count as read up to there.
     */
    public void reach(int lesson, int count, Instant at) {
        currentLesson = lesson;
        if (lesson <= furthestLesson + 1) {
            furthestLesson = Math.max(furthestLesson, lesson);
        }
        lessonCount = count;
        updatedAt = at;
    }
}
