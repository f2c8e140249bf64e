package io.steward.content.format;

/** A lesson as written: its title (plain text), the line of its heading, and its Markdown. */
public record LessonSource(String title, int line, String markdown) {
}
