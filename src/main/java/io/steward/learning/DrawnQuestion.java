package io.steward.learning;

import java.util.List;

/** A question as shown in an attempt: options in the attempt's order, and nothing that tells which is right. */
public record DrawnQuestion(int key, String text, String detailHtml, boolean multipleChoice,
        List<Option> options) {

    public record Option(int key, String text) {
    }

    public DrawnQuestion {
        options = List.copyOf(options);
    }
}
