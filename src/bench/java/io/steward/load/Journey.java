package io.steward.load;

import io.steward.content.format.QuizOption;
import io.steward.content.format.QuizQuestion;
import io.steward.load.UiTree.Node;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * One employee's whole journey through the UI: sign in, My training, the module's every lesson, the quiz (each
 * answer saved as it is given), submit, the result and its statement, the certificate PDF, sign out. Between
 * steps the person reads for the think time. Each step is timed as one interaction of its kind.
 */
final class Journey {

    /** What the benchmark needs to know of the module: its id and which option texts are right. */
    record AnswerKey(String moduleId, Map<String, Set<String>> rightOptionsByQuestion) {

        static AnswerKey of(String moduleId, List<QuizQuestion> questions) {
            Map<String, Set<String>> right = new HashMap<>();
            for (QuizQuestion question : questions) {
                right.put(plain(question.text()), question.options().stream().filter(QuizOption::correct)
                        .map(o -> plain(o.text())).collect(Collectors.toSet()));
            }
            return new AnswerKey(moduleId, right);
        }

        Set<String> right(String questionText) {
            Set<String> right = rightOptionsByQuestion.get(plain(questionText));
            if (right == null) {
                throw new IllegalStateException("the quiz shows a question the module does not have: " + questionText);
            }
            return right;
        }
    }

    /**
     * What one person's journey got acknowledged, for the check against the database afterwards: the questions
     * whose answer the server confirmed, and whether the submit was.
     */
    static final class Progress {
        final String email;
        volatile int questionsAnswered;
        volatile boolean submitted;
        volatile boolean finished;

        Progress(String email) {
            this.email = email;
        }
    }

    private final HttpClient http;
    private final URI base;
    private final AnswerKey key;
    private final String password;
    private final long thinkMillis;
    private final Latencies latencies;

    Journey(HttpClient http, URI base, AnswerKey key, String password, long thinkMillis, Latencies latencies) {
        this.http = http;
        this.base = base;
        this.key = key;
        this.password = password;
        this.thinkMillis = thinkMillis;
        this.latencies = latencies;
    }

    /** Runs the journey; {@code signedIn} is told when the session starts and ends. */
    void run(Progress progress, AtomicInteger signedIn) throws Exception {
        take(new UiBrowser(http, base), progress, signedIn, null);
    }

    /** The journey with each step's requests noted, for the comparison with Chromium's. */
    void walkRecorded(UiBrowser browser, String email, UiRecording.Steps steps) throws Exception {
        take(browser, new Progress(email), new AtomicInteger(), steps);
        steps.step("after");
    }

    private UiRecording.Steps recording;

    private void take(UiBrowser browser, Progress progress, AtomicInteger signedIn, UiRecording.Steps steps)
            throws Exception {
        recording = steps;
        String email = progress.email;
        step("sign-in", () -> browser.signIn("training", email, password));
        signedIn.incrementAndGet();
        try {
            walk(browser, progress);
        } finally {
            signedIn.decrementAndGet();
        }
    }

    private void walk(UiBrowser browser, Progress progress) throws Exception {
        step("my-training", () -> browser.open("training?continue"));
        think();
        UiTree page = browser.tree();
        step("open-module", () -> browser.followLink(page.first("a",
                n -> ("learn/" + key.moduleId()).equals(n.attribute("href")), "link to " + key.moduleId())));
        while (true) {
            think();
            UiTree lesson = browser.tree();
            List<Node> next = lesson.all("a", n -> "Next lesson".equals(lesson.text(n).trim()));
            if (next.isEmpty()) {
                break;
            }
            step("next-lesson", () -> browser.followLink(next.getFirst()));
        }
        step("open-quiz", () -> browser.followLink(browser.tree().withText("a", "Take the quiz")));
        UiTree quiz = browser.tree();
        List<Node> groups = new ArrayList<>(quiz.all("vaadin-radio-group", n -> true));
        groups.addAll(quiz.all("vaadin-checkbox-group", n -> true));
        if (groups.isEmpty()) {
            throw new IllegalStateException("the quiz page shows no questions");
        }
        Map<String, Integer> ofKind = new HashMap<>();
        for (Node group : groups) {
            Set<String> right = key.right(group.property("label").asString());
            boolean radio = "vaadin-radio-group".equals(group.tag());
            String answerKind = (radio ? "answer-radio" : "answer-checkbox")
                    + (ofKind.merge(group.tag(), 1, Integer::sum) == 1 ? "" : " (later question)");
            List<Node> options = quiz.children(group).stream()
                    .filter(n -> (radio ? "vaadin-radio-button" : "vaadin-checkbox").equals(n.tag())).toList();
            List<Node> checked = new ArrayList<>();
            for (Node option : options) {
                String label = radio ? quiz.text(option) : option.property("label").asString();
                if (!right.contains(plain(label))) {
                    continue;
                }
                think();
                checked.add(option);
                List<Node> soFar = List.copyOf(checked);
                step("answer", answerKind, () -> {
                    if (radio) {
                        browser.chooseRadio(group, option);
                    } else {
                        browser.checkBox(group, option, soFar);
                    }
                });
            }
            if (checked.isEmpty()) {
                throw new IllegalStateException("no option on the page is right for: " + group.property("label"));
            }
            progress.questionsAnswered++;
        }
        think();
        step("submit", () -> browser.click(browser.tree().withText("vaadin-button", "Submit answers")));
        progress.submitted = true;
        UiTree result = browser.tree();
        if (result.all("vaadin-button", n -> "Submit answers".equals(result.text(n).trim())).size() > 0) {
            throw new IllegalStateException("still on the quiz after Submit");
        }
        List<Node> agree = result.all("vaadin-button", n -> "I agree".equals(result.text(n).trim()));
        if (!agree.isEmpty()) {
            think();
            step("agree", () -> browser.click(agree.getFirst()));
        }
        think();
        UiTree done = browser.tree();
        Node certificate = done.first("a", n -> n.attribute("href") != null
                && n.attribute("href").startsWith("certificates/"), "certificate link");
        step("certificate", () -> {
            HttpResponse<byte[]> pdf = browser.download(certificate.attribute("href"));
            String type = pdf.headers().firstValue("Content-Type").orElse("");
            if (pdf.statusCode() != 200 || !type.startsWith("application/pdf") || pdf.body().length < 1000) {
                throw new IllegalStateException("certificate answered " + pdf.statusCode() + " " + type + ", "
                        + pdf.body().length + " bytes");
            }
        });
        think();
        step("sign-out", () -> browser.signOut(browser.tree().withText("vaadin-button", "Sign out")));
        progress.finished = true;
    }

    interface Step {
        void run() throws Exception;
    }

    private void step(String kind, Step step) throws Exception {
        step(kind, kind, step);
    }

    private void step(String kind, String recordedAs, Step step) throws Exception {
        if (recording != null) {
            recording.mark(recordedAs);
        }
        long began = System.nanoTime();
        try {
            step.run();
        } catch (Exception | Error failure) {
            latencies.error(kind, failure);
            throw failure;
        }
        latencies.record(kind, System.nanoTime() - began);
    }

    private void think() throws InterruptedException {
        if (thinkMillis > 0) {
            long jitter = thinkMillis / 5;
            Thread.sleep(thinkMillis - jitter + ThreadLocalRandom.current().nextLong(2 * jitter + 1));
        }
    }

    /** Text as compared: letters and digits only, in lower case, so that Markdown emphasis does not matter. */
    static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
