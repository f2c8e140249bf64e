package io.steward.content.format;

import java.util.List;

/**
 * A module file that passed validation: its settings, introduction, lessons and question bank, and the file's
 * text (kept with the stored version, so that it can be served again when the file later breaks).
 */
public record ModuleDocument(String path, String contentHash, String source, FrontMatter settings,
        String introMarkdown, List<LessonSource> lessons, List<QuizQuestion> questions) {

    public ModuleDocument {
        lessons = List.copyOf(lessons);
        questions = List.copyOf(questions);
    }

    public String id() {
        return settings.id();
    }
}
