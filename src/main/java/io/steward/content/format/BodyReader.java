package io.steward.content.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Reads the Markdown after the front matter: the introduction, one lesson per {@code ## } heading, and the
 * question bank under {@code ## Quiz}. Keeps each part's Markdown source (rendering happens later, per
 * version, and is cached) and reports every structural problem with its line.
 */
final class BodyReader {

    record Body(String introMarkdown, List<LessonSource> lessons, List<QuizQuestion> questions, int quizLine) {
    }

    private final List<String> lines;
    private final int firstLine;
    private final Problems problems;
    private final List<Node> intro = new ArrayList<>();
    private final List<LessonDraft> lessons = new ArrayList<>();
    private final List<QuizQuestion> questions = new ArrayList<>();
    private String definitions = "";
    private int quizLine;
    private boolean afterMisplacedSection;
    private QuestionDraft question;

    private BodyReader(List<String> lines, int firstLine, Problems problems) {
        this.lines = lines;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    /** @param firstLine the file line of the first body line */
    static Body read(List<String> lines, int firstLine, Predicate<String> assetExists, Problems problems) {
        return new BodyReader(lines, firstLine, problems).read(assetExists);
    }

    private Body read(Predicate<String> assetExists) {
        Node document = Markdown.WITH_LINES.parse(String.join("\n", lines));
        definitions = linkDefinitions(document);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            accept(node);
        }
        finishQuestion();
        if (quizLine > 0 && questions.isEmpty()) {
            problems.error(quizLine, "the quiz has no questions: start each with a '### ' heading");
        }
        if (lessons.isEmpty()) {
            problems.error(firstLine, "a module needs at least one lesson: start it with a '## ' heading");
        }
        document.accept(new DestinationCheck(assetExists));
        List<LessonSource> lessonSources = lessons.stream()
                .map(l -> new LessonSource(l.title, l.line, source(l.content))).toList();
        return new Body(source(intro), lessonSources, questions, quizLine);
    }

    private void accept(Node node) {
        if (node instanceof Heading heading && heading.getLevel() == 2) {
            startSection(heading);
        } else if (afterMisplacedSection) {
            return; // already reported at its heading; its text would only repeat the same problem
        } else if (quizLine > 0) {
            acceptInQuiz(node);
        } else if (!lessons.isEmpty()) {
            lessons.getLast().content.add(node);
        } else {
            intro.add(node);
        }
    }

    private void startSection(Heading heading) {
        String title = Markdown.plainText(heading);
        int line = line(heading);
        boolean isQuiz = title.toLowerCase(Locale.ROOT).equals("quiz");
        if (quizLine > 0) {
            finishQuestion();
            afterMisplacedSection = true;
            problems.error(line, isQuiz ? "a module has at most one quiz (the first starts on line " + quizLine + ")"
                    : "'## " + title + "' comes after the quiz; the quiz must be the last '## ' section");
            return;
        }
        if (isQuiz) {
            quizLine = line;
        } else if (title.isEmpty()) {
            problems.error(line, "a lesson heading needs a title after '## '");
        } else {
            lessons.add(new LessonDraft(title, line));
        }
    }

    private void acceptInQuiz(Node node) {
        if (node instanceof Heading heading && heading.getLevel() == 3) {
            finishQuestion();
            question = new QuestionDraft(Markdown.plainText(heading), line(heading));
            if (question.text.isEmpty()) {
                problems.error(question.line, "a question needs its text after '### '");
            }
        } else if (node instanceof LinkReferenceDefinition) {
            return;
        } else if (question == null) {
            problems.error(line(node), "text in the quiz must belong to a question: start it with a '### ' heading");
        } else if (question.options == null) {
            acceptBeforeOptions(node);
        } else if (node instanceof BlockQuote && question.explanation == null) {
            question.explanation = node;
        } else if (node instanceof BlockQuote) {
            problems.error(line(node), "a question has at most one explanation (block quote)");
        } else {
            problems.error(line(node), "only a block quote ('> ...') explaining the answer may follow the options");
        }
    }

    private void acceptBeforeOptions(Node node) {
        if (node instanceof ListBlock list && isTaskList(list)) {
            question.options = options(list);
        } else if (node instanceof ListBlock list) {
            problems.error(line(list), "options must be a task list: '- [x] a right answer' and '- [ ] a wrong one'");
            question.options = List.of();
        } else {
            question.detail.add(node);
        }
    }

    /**
     * A bullet list with at least one checkbox item is the option list; a plain item among checkbox items is a
     * typo an author must see, not an option to drop silently.
     */
    private boolean isTaskList(ListBlock list) {
        List<Node> items = children(list);
        if (!(list instanceof BulletList) || items.stream().allMatch(item -> marker(item).isEmpty())) {
            return false;
        }
        items.stream().filter(item -> marker(item).isEmpty()).forEach(item -> problems.error(line(item),
                "this option needs a checkbox: '- [x] ...' if it is right, '- [ ] ...' if it is wrong"));
        return true;
    }

    private List<QuizOption> options(ListBlock list) {
        List<QuizOption> options = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Optional<TaskListItemMarker> marker = marker(item);
            if (marker.isEmpty()) {
                continue;
            }
            String text = Markdown.plainText(item);
            if (text.isEmpty()) {
                problems.error(line(item), "an option needs text after its checkbox");
            }
            options.add(new QuizOption(options.size() + 1, text, marker.get().isChecked()));
        }
        return options;
    }

    private static Optional<TaskListItemMarker> marker(Node item) {
        if (!(item instanceof ListItem)) {
            return Optional.empty();
        }
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TaskListItemMarker marker) {
                return Optional.of(marker);
            }
            if (child.getFirstChild() instanceof TaskListItemMarker marker) {
                return Optional.of(marker);
            }
        }
        return Optional.empty();
    }

    private void finishQuestion() {
        if (question == null) {
            return;
        }
        List<QuizOption> options = question.options == null ? List.of() : question.options;
        if (question.options == null) {
            problems.error(question.line, "the question has no options: add '- [x] right' and '- [ ] wrong' lines");
        } else if (!options.isEmpty() && options.size() < 2) {
            problems.error(question.line, "a question needs at least two options; this one has " + options.size());
        }
        if (!options.isEmpty() && options.stream().noneMatch(QuizOption::correct)) {
            problems.error(question.line, "no option is marked correct: mark the right ones '- [x]'");
        }
        String explanation = question.explanation == null ? "" : quoteSource(question.explanation);
        questions.add(new QuizQuestion(questions.size() + 1, question.line, question.text, source(question.detail),
                options, explanation));
        question = null;
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    /** Link reference definitions apply to the whole file, so every part's Markdown carries them. */
    private String linkDefinitions(Node document) {
        List<Node> found = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof LinkReferenceDefinition) {
                found.add(node);
            }
        }
        return found.isEmpty() ? "" : "\n\n" + String.join("\n", found.stream().map(n -> text(n, n)).toList());
    }

    /** The Markdown of consecutive nodes, from the first line of the first to the last line of the last. */
    private String source(List<Node> nodes) {
        if (nodes.isEmpty()) {
            return "";
        }
        return (text(nodes.getFirst(), nodes.getLast()) + definitions).strip();
    }

    /** An explanation is written as a block quote but shown as plain text, so its '>' markers go. */
    private String quoteSource(Node quote) {
        return (text(quote, quote).replaceAll("(?m)^ {0,3}> ?", "") + definitions).strip();
    }

    private String text(Node first, Node last) {
        int from = first.getSourceSpans().getFirst().getLineIndex();
        return String.join("\n", lines.subList(from, lastLineIndex(last) + 1));
    }

    private static int lastLineIndex(Node node) {
        int last = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().getLast().getLineIndex();
        return node.getLastChild() == null ? last : Math.max(last, lastLineIndex(node.getLastChild()));
    }

    private int line(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return firstLine + spans.getFirst().getLineIndex();
            }
        }
        return firstLine;
    }

    private static final class LessonDraft {
        final String title;
        final int line;
        final List<Node> content = new ArrayList<>();

        LessonDraft(String title, int line) {
            this.title = title;
            this.line = line;
        }
    }

    private static final class QuestionDraft {
        final String text;
        final int line;
        final List<Node> detail = new ArrayList<>();
        List<QuizOption> options;
        Node explanation;

        QuestionDraft(String text, int line) {
            this.text = text;
            this.line = line;
        }
    }

    /** Images only from assets/, links only to safe places, raw HTML flagged: the renderer enforces the same. */
    private final class DestinationCheck extends AbstractVisitor {

        private final Predicate<String> assetExists;
        private final Set<Integer> rawHtmlLines = new HashSet<>();

        DestinationCheck(Predicate<String> assetExists) {
            this.assetExists = assetExists;
        }

        @Override
        public void visit(Image image) {
            String destination = image.getDestination();
            Optional<String> asset = Destinations.assetName(destination);
            if (asset.isEmpty()) {
                problems.error(line(image), "images must come from assets/ (an outside image would tell a third "
                        + "party who is reading); found '" + destination + "'");
            } else if (!Destinations.isImageFile(asset.get())) {
                problems.error(line(image), "'" + destination + "' is not a PNG, JPEG, GIF or WebP image "
                        + "(SVG is not served because it can carry script)");
            } else {
                checkExists(image, destination, asset.get());
            }
            visitChildren(image);
        }

        @Override
        public void visit(Link link) {
            String destination = link.getDestination();
            Optional<String> asset = Destinations.assetName(destination);
            if (asset.isPresent()) {
                checkExists(link, destination, asset.get());
            } else if (destination.startsWith(Destinations.ASSET_PREFIX)) {
                problems.error(line(link), "'" + destination + "' is not a file name in assets/ (letters, digits, "
                        + "'.', '-' and '_'; no folders)");
            } else if (!Destinations.isSafeLink(destination)) {
                problems.error(line(link), "links may only use http, https or mailto, or point inside Steward; "
                        + "found '" + destination + "'");
            }
            visitChildren(link);
        }

        @Override
        public void visit(HtmlBlock html) {
            rawHtml(html);
        }

        @Override
        public void visit(HtmlInline html) {
            rawHtml(html);
        }

        private void rawHtml(Node html) {
            if (rawHtmlLines.add(line(html))) {
                problems.warning(line(html), "raw HTML is shown as plain text, not as HTML; write it in Markdown instead");
            }
        }

        private void checkExists(Node node, String destination, String asset) {
            if (!assetExists.test(asset)) {
                problems.error(line(node), "'" + destination + "' does not exist in the content folder's assets/");
            }
        }
    }
}
