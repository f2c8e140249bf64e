package io.steward.content.format;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question as written: the heading text (plain), the Markdown under the heading, the options and the
 * Markdown of the explanation (empty when there is none). This is also the form in which a served version's
 * questions are stored, so that an old attempt can still be reviewed after the file has changed.
 */
public record QuizQuestion(int key, int line, String text, String detailMarkdown, List<QuizOption> options,
        String explanationMarkdown) {

    /** How a heading says that any number of options may be right, in the languages modules are written in. */
    private static final Pattern SELECT_ALL = Pattern.compile(
            "select all that apply|alle zutreffenden|toutes les réponses|todas las respuestas");

    public QuizQuestion {
        options = List.copyOf(options);
    }

    /**
     * A "select all that apply" question: more than one option is right, or the heading says so (then one
     * right option is allowed too, so that the number of right options gives nothing away).
     */
    public static boolean selectAll(String heading, long rightOptions) {
        return rightOptions > 1 || SELECT_ALL.matcher(heading.toLowerCase(Locale.ROOT)).find();
    }

    public boolean selectAll() {
        return selectAll(text, options.stream().filter(QuizOption::correct).count());
    }
}
