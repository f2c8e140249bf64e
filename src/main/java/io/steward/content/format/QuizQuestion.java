package io.steward.content.format;

import java.util.List;

/**
 * A question as written: the heading text (plain), the Markdown under the heading, the options and the
 * Markdown of the explanation (empty when there is none). This is also the form in which a served version's
 * questions are stored, so that an old attempt can still be reviewed after the file has changed.
 */
public record QuizQuestion(int key, int line, String text, String detailMarkdown, List<QuizOption> options,
        String explanationMarkdown) {

    public QuizQuestion {
        options = List.copyOf(options);
    }
}
