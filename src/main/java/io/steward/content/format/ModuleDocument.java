package io.steward.content.format;

import java.util.List;

/** A module file that passed validation: its settings, introduction, lessons and question bank. */
public record ModuleDocument(String path, String contentHash, FrontMatter settings, String introMarkdown,
        List<LessonSource> lessons, List<QuizQuestion> questions) {

    public ModuleDocument {
        lessons = List.copyOf(lessons);
        questions = List.copyOf(questions);
    }

    public String id() {
        return settings.id();
    }
}
