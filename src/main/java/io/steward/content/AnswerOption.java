package io.steward.content;

/** One option of a question; {@code key} is its 1-based position, stable within a module version. */
public record AnswerOption(int key, String text, boolean correct) {
}
