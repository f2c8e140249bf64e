package io.steward.content;

/** One page of a module. {@code html} is sanitised and safe to put into a page; {@code title} is plain text. */
public record Lesson(int number, String title, String html) {
}
