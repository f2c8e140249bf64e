package io.steward.content.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads one module file: front matter, introduction, lessons and quiz, reporting every problem with its
 * line. Plain Java, no Spring: the command-line validator and the running application share it.
 */
public final class ModuleParser {

    static final int MAX_BYTES = 1024 * 1024;
    private static final String FENCE = "---";

    private ModuleParser() {
    }

    /**
     * @param path the file's path relative to the content folder, as problems should name it
     * @param assetExists whether a file of that name exists in the content folder's {@code assets/}
     * @param facts what the module's placeholders stand for
     */
    public static ParsedFile parse(String path, byte[] bytes, Predicate<String> assetExists,
            OrganisationFacts facts) {
        Problems problems = new Problems(path);
        if (bytes.length > MAX_BYTES) {
            problems.error(0, "the file is larger than 1 MB; split the module or move pictures to assets/");
            return new ParsedFile(path, null, 0, null, problems.all());
        }
        String text = decode(bytes);
        if (text == null) {
            problems.error(0, "the file is not UTF-8 text; save it as UTF-8");
            return new ParsedFile(path, null, 0, null, problems.all());
        }
        List<String> lines = Placeholders.fill(Arrays.asList(withoutByteOrderMark(text).split("\\R", -1)), 1,
                facts, problems);
        if (!isFence(lines.get(0))) {
            problems.error(1, "a module must start with front matter: a line '---', the settings, and another '---'");
            return new ParsedFile(path, null, 0, null, problems.all());
        }
        int close = closingFence(lines);
        if (close < 0) {
            problems.error(1, "the front matter is not closed: add a line '---' after the settings");
            return new ParsedFile(path, null, 0, null, problems.all());
        }
        FrontMatter settings = FrontMatterReader.read(String.join("\n", lines.subList(1, close)), 2, problems);
        int bodyLine = close + 2;
        BodyReader.Body body = BodyReader.read(lines.subList(close + 1, lines.size()), bodyLine, assetExists, problems);
        if (!settings.lines().isEmpty()) { // else the front matter is unreadable, and that is reported already
            checkQuizSettings(settings, body, problems);
            if (!problems.hasErrors()) { // the quiz's quality is worth judging once it can be read
                QuizLint.check(settings, body, problems);
            }
        }
        ModuleDocument module = new ModuleDocument(path, sha256(bytes), text, settings, body.introMarkdown(),
                body.lessons(), body.questions());
        return new ParsedFile(path, settings.id(), settings.lineOf("id"), module, problems.all());
    }

    private static void checkQuizSettings(FrontMatter settings, BodyReader.Body body, Problems problems) {
        if (body.quizLine() > 0 && !settings.has("pass-mark")) {
            problems.error(1, "the module has a quiz (line " + body.quizLine()
                    + "), so the front matter needs 'pass-mark'");
        }
        if (body.quizLine() == 0 && !settings.has("attestation")) {
            problems.error(1, "the module has no '## Quiz', so it is completed by reading every lesson and agreeing"
                    + " to a statement: add 'attestation' to the front matter, such as 'attestation: I have read"
                    + " the policy and will follow it.'");
        }
        if (settings.has("attestation-document") && !settings.has("attestation")) {
            problems.error(settings.lineOf("attestation-document"), "'attestation-document' names the document an "
                    + "attestation is about, but the module has no 'attestation'");
        }
        if (body.quizLine() == 0) {
            for (String key : List.of("pass-mark", "questions-per-attempt", "max-attempts")) {
                if (settings.has(key)) {
                    problems.error(settings.lineOf(key), "'" + key + "' is set but the module has no '## Quiz'");
                }
            }
        }
        Integer perAttempt = settings.questionsPerAttempt();
        if (body.quizLine() > 0 && perAttempt != null && perAttempt > body.questions().size()) {
            problems.error(settings.lineOf("questions-per-attempt"), "'questions-per-attempt' is " + perAttempt
                    + " but the quiz has only " + body.questions().size() + " questions");
        }
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals(FENCE);
    }

    private static int closingFence(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (isFence(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
