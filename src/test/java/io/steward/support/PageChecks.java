package io.steward.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ViewportSize;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every page of every browser journey must be, checked by machine rather than by eye. Attached to a browser
 * context, it watches every page the context opens (also the ones a test opens itself) and, at each
 * {@link #check(Page)}, fails with everything wrong with that page since its last check:
 * <ul>
 * <li>a request to the app answered 4xx or 5xx (unless the test said it {@linkplain #expectFailedRequest expects
 * it});</li>
 * <li>a page of the app sent without the Content-Security-Policy header (a page without it breaks no policy, so
 * the absence of violations alone proves nothing);</li>
 * <li>a console error (a broken policy is one) or an uncaught script error;</li>
 * <li>an image, in the page or in a component's shadow root, that did not load or could not be decoded;</li>
 * <li>anything that pushes the page sideways at a laptop's (1280 px) or a phone's (390 px) width; the window's
 * own size is restored afterwards.</li>
 * </ul>
 * {@link #finish()} checks the pages still open and fails for a page that was closed without ever being checked,
 * and for an expected failure that never came.
 */
public final class PageChecks {

    public static final int LAPTOP = 1280;
    public static final int PHONE = 390;

    /** The header the app's pages must carry, and the directive that shows it is the app's own policy. */
    private static final String POLICY_HEADER = "content-security-policy";
    private static final String POLICY_CORE = "default-src 'self'";

    /** The images the browser could not show: an unreachable file, or a picture it could not decode. */
    private static final String BROKEN_IMAGES = """
            () => {
              const broken = [];
              const roots = [document];
              while (roots.length) {
                const root = roots.pop();
                for (const image of root.querySelectorAll('img')) {
                  if (!(image.complete && image.naturalWidth > 0)) {
                    broken.push((image.alt || '(no alternative text)') + ': ' + image.src.slice(0, 80));
                  }
                }
                for (const element of root.querySelectorAll('*')) {
                  if (element.shadowRoot) roots.push(element.shadowRoot);
                }
              }
              return broken;
            }""";

    /**
     * How far the page reaches beyond the window sideways (0 or less when nothing overflows): the document, the
     * view, and every scrolling box the view sits in (the app layout scrolls its content itself, so the document
     * alone would never overflow). Regions below the view that scroll on their own are not counted.
     */
    private static final String OVERFLOW = """
            () => {
              const view = document.querySelector('.steward-view') || document.body;
              let worst = document.documentElement.scrollWidth - window.innerWidth;
              for (let el = view; el; el = el.assignedSlot || el.parentElement || el.getRootNode().host) {
                const overflow = getComputedStyle(el).overflowX;
                if (el === view || overflow === 'auto' || overflow === 'scroll') {
                  worst = Math.max(worst, el.scrollWidth - el.clientWidth, el.getBoundingClientRect().right
                      - window.innerWidth);
                }
              }
              return worst;
            }""";

    /** What reaches beyond the window: the outermost such elements, by tag, class and text, for the message. */
    private static final String OVERFLOWING = """
            () => {
              const view = document.querySelector('.steward-view') || document.body;
              return Array.from(view.querySelectorAll('*'))
                .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)
                .filter(el => el.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)
                .filter(el => {
                  for (let up = el.parentElement; up && up !== view; up = up.parentElement) {
                    if (getComputedStyle(up).overflowX !== 'visible' || up.tagName === 'VAADIN-GRID') return false;
                  }
                  return true;
                })
                .map(el => el.tagName.toLowerCase() + '.' + el.className + ' ' + el.textContent.trim().slice(0, 40));
            }""";

    private final List<String> origins;
    private final List<Pattern> expectedFailures = new ArrayList<>();
    private final Set<Pattern> expectedFailuresSeen = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Every page the context opened, with what went wrong on it since its last check. */
    private final Map<Page, List<String>> pages = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Set<Page> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Watches every page {@code context} opens from now on, and those already open; the app is at {@code origins}. */
    public static PageChecks attach(BrowserContext context, String... origins) {
        PageChecks checks = new PageChecks(List.of(origins));
        context.onPage(checks::watch);
        context.pages().forEach(checks::watch);
        return checks;
    }

    private PageChecks(List<String> origins) {
        this.origins = origins;
    }

    /**
     * Declares that a request to the app whose address matches {@code regex} (found anywhere in it) will be
     * answered 4xx or 5xx on purpose: it is not a failure, but its not happening by the end of the test is.
     */
    public void expectFailedRequest(String regex) {
        expectedFailures.add(Pattern.compile(regex));
    }

    private void watch(Page page) {
        if (pages.containsKey(page)) {
            return;
        }
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        pages.put(page, problems);
        page.onResponse(response -> {
            if (!ofTheApp(response.url())) {
                return;
            }
            if (response.status() >= 400 && !expected(response.url())) {
                problems.add("request answered " + response.status() + ": " + response.request().method() + " "
                        + response.url());
            }
            if ("document".equals(response.request().resourceType()) && !hasPolicy(response)) {
                problems.add("page sent without the Content-Security-Policy header: " + response.status() + " "
                        + response.url());
            }
        });
        page.onConsoleMessage(message -> {
            // The browser logs each failed request as an error too; the ones the test expects are not errors.
            if ("error".equals(message.type()) && !(message.text().startsWith("Failed to load resource")
                    && expected(message.location().replaceFirst(":\\d+:\\d+$", "")))) { // the address, line and column
                problems.add("console error: " + message.text() + " (at " + message.location() + ")");
            }
        });
        page.onPageError(error -> problems.add("uncaught error: " + error));
    }

    private boolean ofTheApp(String url) {
        return origins.stream().anyMatch(url::startsWith);
    }

    private boolean expected(String url) {
        boolean expected = false;
        for (Pattern failure : expectedFailures) {
            if (url != null && failure.matcher(url).find()) {
                expectedFailuresSeen.add(failure);
                expected = true;
            }
        }
        return expected;
    }

    private static boolean hasPolicy(Response response) {
        String policy = response.headerValue(POLICY_HEADER);
        return policy != null && policy.contains(POLICY_CORE);
    }

    /** Fails with everything wrong with this page now and since its last check; see the class comment. */
    public void check(Page page) {
        List<String> found = new ArrayList<>(problemsOf(page));
        if (!page.isClosed()) {
            BrowserTest.waitUntilSettled(page);
            found.addAll(problemsOf(page)); // what settling the page brought
            @SuppressWarnings("unchecked")
            List<String> broken = (List<String>) page.evaluate(BROKEN_IMAGES);
            broken.forEach(image -> found.add("image not loaded: " + image));
            found.addAll(overflow(page));
        }
        checked.add(page);
        if (!found.isEmpty()) {
            throw new AssertionError("What is wrong with " + page.url() + ":\n  " + String.join("\n  ", found));
        }
    }

    /** The page's problems recorded since it was last asked, and forgotten, so that each is reported once. */
    private List<String> problemsOf(Page page) {
        List<String> problems = pages.get(page);
        if (problems == null) {
            watch(page);
            return List.of();
        }
        synchronized (problems) {
            List<String> taken = List.copyOf(problems);
            problems.clear();
            return taken;
        }
    }

    /** What reaches beyond the window at a laptop's and at a phone's width; the window keeps its size after. */
    private static List<String> overflow(Page page) {
        List<String> found = new ArrayList<>();
        ViewportSize before = page.viewportSize();
        try {
            for (int width : List.of(LAPTOP, PHONE)) {
                if (before == null || before.width != width) {
                    page.setViewportSize(width, before == null ? 800 : before.height);
                }
                BrowserTest.waitUntilSettled(page);
                int pixels = ((Number) page.evaluate(OVERFLOW)).intValue();
                if (pixels > 0) {
                    found.add("reaches " + pixels + " px beyond a " + width + "-pixel window, with "
                            + page.evaluate(OVERFLOWING));
                }
            }
        } finally {
            if (before != null) {
                page.setViewportSize(before.width, before.height);
                BrowserTest.waitUntilSettled(page);
            }
        }
        return found;
    }

    /**
     * Checks every page still open, and fails for a page closed without ever being checked and for an expected
     * failure that never came.
     */
    public void finish() {
        List<String> found = new ArrayList<>();
        List<Page> all;
        synchronized (pages) {
            all = List.copyOf(pages.keySet());
        }
        for (Page page : all) {
            if (!page.isClosed()) {
                try {
                    check(page);
                } catch (AssertionError error) {
                    found.add(error.getMessage());
                }
            } else {
                List<String> late = problemsOf(page);
                if (!checked.contains(page)) {
                    found.add("a page was closed without being checked: " + page.url());
                }
                if (!late.isEmpty()) {
                    found.add("What went wrong on " + page.url() + " after its last check:\n  "
                            + String.join("\n  ", late));
                }
            }
        }
        expectedFailures.stream().filter(failure -> !expectedFailuresSeen.contains(failure))
                .forEach(failure -> found.add("no request matching " + failure + " failed, as the test expected"));
        if (!found.isEmpty()) {
            throw new AssertionError(String.join("\n", found));
        }
    }
}
