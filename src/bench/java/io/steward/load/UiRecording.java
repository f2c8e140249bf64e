package io.steward.load;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import io.steward.support.Browser;
import io.steward.support.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The check that the driver sends what a browser sends: one person takes the journey in headless Chromium and
 * another takes it through {@link UiBrowser}, and for each step the requests are compared by their shape (for a
 * UIDL request, the kinds of invocation in it: {@code event:click}, {@code mSync:checked}, ...; node ids, values
 * and the order of the first property values differ from person to person and are left out). The benchmark
 * refuses to run when the two differ, so that a change to the UI cannot leave it measuring something else.
 */
final class UiRecording {

    /** Per step, the requests in the order sent, each as the set of its invocation kinds. */
    static final class Steps {
        private final Map<String, List<Set<String>>> steps = new LinkedHashMap<>();
        private List<Set<String>> current;

        synchronized void step(String name) {
            current = new ArrayList<>();
            steps.put(name, current);
        }

        /**
         * The driver's steps, named as the Chromium journey's: sign-in and My training are one, the lessons are
         * one, and only the first question of each kind is compared.
         */
        synchronized void mark(String kind) {
            String name = kind.equals("sign-in") || kind.equals("my-training") ? "sign-in and My training" : kind;
            if (name.endsWith("(later question)")) {
                current = new ArrayList<>();
            } else if (!steps.containsKey(name)) {
                step(name);
            } else if (steps.get(name) != current) {
                throw new IllegalStateException("step " + name + " comes twice");
            }
        }

        synchronized void request(String method, String url, String body) {
            if (current == null) {
                return;
            }
            if (url.contains("v-r=uidl")) {
                Set<String> kinds = new TreeSet<>();
                for (JsonNode rpc : UiBrowser.JSON.readTree(body).get("rpc")) {
                    String type = rpc.get("type").asString();
                    kinds.add(type + ":" + (rpc.has("event") ? rpc.get("event").asString()
                            : rpc.has("property") ? rpc.get("property").asString() : ""));
                }
                current.add(kinds);
            } else if (url.contains("v-r=init")) {
                current.add(Set.of("init"));
            } else if (method.equals("POST") && url.endsWith("/login")) {
                current.add(Set.of("sign-in form"));
            } else if (url.contains("/certificates/")) {
                current.add(Set.of("certificate"));
            }
        }

        Map<String, List<Set<String>>> all() {
            return steps;
        }
    }

    private UiRecording() {
    }

    /**
     * The differences, one line each (none when the driver sends what Chromium sends), and whether both
     * quizzes drew both kinds of question, so that every kind of answer was compared.
     */
    record Comparison(List<String> differences, boolean everyKindDrawn) {
    }

    static Comparison compare(URI base, Journey.AnswerKey key, String password, String chromiumPerson,
            String driverPerson) throws Exception {
        Steps browser = inChromium(base, key, password, chromiumPerson);
        Steps driver = new Steps();
        UiBrowser person = new UiBrowser(HttpClient.newHttpClient(), base);
        person.listen(driver::request);
        new Journey(HttpClient.newHttpClient(), base, key, password, 0, new Latencies())
                .walkRecorded(person, driverPerson, driver);
        List<String> differences = new ArrayList<>();
        for (String step : browser.all().keySet()) {
            List<Set<String>> expected = browser.all().get(step);
            List<Set<String>> actual = driver.all().getOrDefault(step, List.of());
            // One request per right option: a question's number of them differs between two draws.
            boolean same = step.startsWith("answer-") ? Set.copyOf(expected).equals(Set.copyOf(actual))
                    : expected.equals(actual);
            if (!same) {
                differences.add(step + ": Chromium sent " + expected + ", the driver " + actual);
            }
        }
        if (!browser.all().keySet().equals(driver.all().keySet())) {
            differences.add("steps: Chromium " + browser.all().keySet() + ", the driver " + driver.all().keySet());
        }
        boolean everyKind = Stream.of(browser, driver).allMatch(steps -> steps.all().containsKey("answer-radio")
                && steps.all().containsKey("answer-checkbox"));
        return new Comparison(differences, everyKind);
    }

    private static Steps inChromium(URI base, Journey.AnswerKey key, String password, String email) {
        Steps steps = new Steps();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicLong lastActivity = new AtomicLong(System.nanoTime());
        try (BrowserContext context = Browser.shared().newContext(new com.microsoft.playwright.Browser
                .NewContextOptions().setViewportSize(1280, 720).setAcceptDownloads(true))) {
            Page page = context.newPage();
            // Every request counts for settling (the client loads scripts between a UI's init and its first
            // message); only the application's are noted.
            page.onRequest(request -> {
                inFlight.incrementAndGet();
                lastActivity.set(System.nanoTime());
                if (app(request)) {
                    steps.request(request.method(), request.url(), request.postData());
                }
            });
            page.onRequestFinished(request -> {
                inFlight.decrementAndGet();
                lastActivity.set(System.nanoTime());
            });
            page.onRequestFailed(request -> {
                inFlight.decrementAndGet();
                lastActivity.set(System.nanoTime());
            });
            Runnable settle = () -> settle(page, inFlight, lastActivity);

            steps.step("sign-in and My training");
            BrowserTest.signIn(page, base.resolve("training").toString(), email, password);
            page.waitForURL("**/training**");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show or hide the menu")).waitFor();
            settle.run();
            steps.step("open-module");
            page.locator("a[href='learn/" + key.moduleId() + "']").first().click();
            settle.run();
            Locator next = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next lesson"));
            steps.step("next-lesson");
            next.click();
            settle.run();
            while (next.count() > 0) {
                next.click();
                settle.run();
            }
            steps.step("open-quiz");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the quiz")).click();
            settle.run();
            answerAll(page, key, steps, "vaadin-radio-group", "answer-radio", settle);
            answerAll(page, key, steps, "vaadin-checkbox-group", "answer-checkbox", settle);
            steps.step("submit");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers")).click();
            settle.run();
            Locator confirm = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit anyway"));
            if (confirm.count() > 0) {
                steps.step("submit anyway");
                confirm.click();
                settle.run();
            }
            steps.step("certificate");
            // A link with a download attribute is fetched by the browser, not the page: its address is noted here.
            Download download = page.waitForDownload(() -> page.locator("a[href^='certificates/']").first().click());
            steps.request("GET", download.url(), null);
            settle.run();
            steps.step("sign-out");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            page.waitForURL("**/login**");
            settle.run();
            steps.step("after");
        }
        return steps;
    }

    /**
     * Every question of that kind answered right, one click per right option; only the first question's requests
     * are compared (the driver's later questions are left out the same way).
     */
    private static void answerAll(Page page, Journey.AnswerKey key, Steps steps, String tag, String step,
            Runnable settle) {
        boolean radio = tag.equals("vaadin-radio-group");
        Locator groups = page.locator(tag);
        for (int g = 0; g < groups.count(); g++) {
            Locator group = groups.nth(g);
            String question = (String) group.evaluate("g => g.label");
            steps.mark(g == 0 ? step : step + " (later question)");
            Locator options = group.getByRole(radio ? AriaRole.RADIO : AriaRole.CHECKBOX);
            for (int i = 0; i < options.count(); i++) {
                Locator option = options.nth(i);
                String label = (String) option.evaluate("o => o.closest('vaadin-radio-button, vaadin-checkbox')"
                        + ".label || o.closest('vaadin-radio-button, vaadin-checkbox').textContent");
                if (key.right(question).contains(Journey.plain(label))) {
                    option.click();
                    settle.run();
                }
            }
        }
    }

    private static boolean app(Request request) {
        String url = request.url();
        return url.contains("v-r=") || url.endsWith("/login") || url.contains("/certificates/");
    }

    /** Waits until no request of the application's is under way and none started for 400 ms. */
    private static void settle(Page page, AtomicInteger inFlight, AtomicLong lastActivity) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            page.waitForTimeout(100);
            if (inFlight.get() <= 0 && System.nanoTime() - lastActivity.get() > 400_000_000L) {
                return;
            }
        }
        throw new IllegalStateException("the page did not settle within 15 s");
    }
}
