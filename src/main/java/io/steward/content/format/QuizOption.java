package io.steward.content.format;

/** An option as written; {@code key} is its 1-based position under the question. */
public record QuizOption(int key, String text, boolean correct) {
}
