package io.steward.content.format;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Warnings about how well a module's quiz proves that the lessons were read, checked before anyone takes it: a
 * quiz that rewards picking the longest option, or that always has the same number of right options, can be
 * passed without reading; a bank barely larger than the draw turns a retake into a memory test; an estimate far
 * from the reading time misleads the learner and their manager. Warnings do not keep a module from being served.
 */
final class QuizLint {

    /** Words a minute an adult reads instructional text at. */
    static final int WORDS_PER_MINUTE = 200;
    /** Minutes to read and answer one drawn question. */
    static final double MINUTES_PER_QUESTION = 0.5;
    /** How far {@code estimated-minutes} may be from the reading time, either way, before it is worth a warning. */
    static final double ESTIMATE_TOLERANCE = 1.5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private QuizLint() {
    }

    static void check(FrontMatter settings, BodyReader.Body body, Problems problems) {
        List<QuizQuestion> questions = body.questions();
        int settingsLine = settings.lineOf("id");
        longestIsRight(questions, settingsLine, problems);
        sameNumberRight(questions, problems);
        for (QuizQuestion question : questions) {
            if (question.explanationMarkdown().isBlank()) {
                problems.warning(question.line(), "the question has no explanation: add a block quote ('> ...') "
                        + "after the options saying why the right answer is right");
            }
        }
        int draw = settings.questionsPerAttempt() == null ? questions.size() : settings.questionsPerAttempt();
        if (!questions.isEmpty() && questions.size() < 2 * draw) {
            problems.warning(settings.has("questions-per-attempt") ? settings.lineOf("questions-per-attempt")
                    : body.quizLine(), "the bank has " + questions.size() + " questions for a draw of " + draw
                    + ": a retake should draw mostly new questions, so write at least " + 2 * draw
                    + " or draw at most " + questions.size() / 2);
        }
        if (settings.estimatedMinutes() != null) {
            estimate(settings, body, draw, problems);
        }
    }

    private static void longestIsRight(List<QuizQuestion> questions, int line, Problems problems) {
        List<QuizQuestion> single = questions.stream().filter(q -> !q.selectAll()).toList();
        long longest = single.stream().filter(QuizLint::rightIsLongest).count();
        if (!single.isEmpty() && longest * 3 > single.size()) {
            problems.warning(line, "the right option is the longest in " + longest + " of " + single.size()
                    + " single-choice questions: at most one in three, or picking the longest passes the quiz");
        }
    }

    /** The right option is longer than every wrong one. */
    private static boolean rightIsLongest(QuizQuestion question) {
        int right = question.options().stream().filter(QuizOption::correct).mapToInt(o -> o.text().length())
                .max().orElse(0);
        int wrong = question.options().stream().filter(o -> !o.correct()).mapToInt(o -> o.text().length())
                .max().orElse(Integer.MAX_VALUE);
        return right > wrong;
    }

    private static void sameNumberRight(List<QuizQuestion> questions, Problems problems) {
        List<QuizQuestion> selectAll = questions.stream().filter(QuizQuestion::selectAll).toList();
        Set<Long> counts = selectAll.stream().map(q -> q.options().stream().filter(QuizOption::correct).count())
                .collect(Collectors.toSet());
        if (selectAll.size() > 1 && counts.size() == 1) {
            problems.warning(selectAll.getFirst().line(), "every select-all question has " + counts.iterator().next()
                    + " right options: vary the number (one to all), or counting gives the answer away");
        }
    }

    private static void estimate(FrontMatter settings, BodyReader.Body body, int draw, Problems problems) {
        long words = words(body.introMarkdown()) + body.lessons().stream().mapToLong(l -> words(l.markdown())).sum();
        double reading = Math.max(1, (double) words / WORDS_PER_MINUTE + draw * MINUTES_PER_QUESTION);
        int estimated = settings.estimatedMinutes();
        if (estimated > reading * ESTIMATE_TOLERANCE || estimated < reading / ESTIMATE_TOLERANCE) {
            problems.warning(settings.lineOf("estimated-minutes"), "'estimated-minutes' is " + estimated
                    + " but reading the lessons (" + words + " words) and answering " + draw + " questions takes about "
                    + Math.round(reading) + " minutes");
        }
    }

    private static long words(String markdown) {
        Matcher word = WORD.matcher(markdown);
        long count = 0;
        while (word.find()) {
            count++;
        }
        return count;
    }
}
