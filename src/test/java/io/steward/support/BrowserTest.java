package io.steward.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.steward.demo.DemoOrganisation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser journeys: a fresh browser context (no cookies) per test on the shared Chromium, the
 * app on a random port, and a screenshot of the last page of every test under target/screenshots. Every page
 * the test opens passes {@link PageChecks} at each screenshot, at each {@link #checkPage()} and at the end.
 */
@IntegrationTest
public abstract class BrowserTest {

    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static {
        // Playwright's assertions retry until they hold, for 5 s by default. A slow moment on a 2-core CI
        // machine running the app, its database and the browser together is not a failure: give each the
        // patience of a person. An assertion that never holds still fails, only later.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @LocalServerPort
    private int port;

    protected BrowserContext context;
    protected Page page;
    /** The checks of every context the test opened: its own first, then any it opened with {@link #newContext()}. */
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<PageChecks> checks = new ArrayList<>();
    private String testName;

    @BeforeEach
    void openBrowser(TestInfo info) {
        testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getDisplayName().replaceAll("[^A-Za-z0-9_-]+", "_");
        context = newContext();
        page = context.newPage();
    }

    /**
     * A fresh browser context (no cookies) at a laptop's size, whose every page is checked as the test's own
     * are ({@link PageChecks}); closed with the test, or earlier by the test itself.
     */
    protected BrowserContext newContext() {
        BrowserContext opened = Browser.shared().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(PageChecks.LAPTOP, 800).setLocale("en-GB"));
        checks.add(PageChecks.attach(opened, url(""), loopbackUrl("")));
        contexts.add(opened);
        return opened;
    }

    @AfterEach
    void closeBrowser() {
        try {
            if (!page.isClosed()) {
                waitUntilSettled(page);
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(testName + ".png"))
                        .setFullPage(true));
            }
            List<String> failures = new ArrayList<>();
            for (PageChecks each : checks) {
                try {
                    each.finish();
                } catch (AssertionError failure) {
                    failures.add(failure.getMessage());
                }
            }
            assertThat(failures).as("pages that failed their checks at the end of the test").isEmpty();
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }

    /** Checks the test's current page now: see {@link PageChecks}. */
    protected void checkPage() {
        checkPage(page);
    }

    /** Checks this page, of any context the test opened, now: see {@link PageChecks}. */
    protected void checkPage(Page page) {
        checksOf(page).check(page);
    }

    /** Tells the checks that a request whose address matches {@code regex} fails on purpose (and must fail). */
    protected void expectFailedRequest(String regex) {
        checks.getFirst().expectFailedRequest(regex);
    }

    private PageChecks checksOf(Page page) {
        return checks.get(contexts.indexOf(page.context()));
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** The same page on 127.0.0.1, the loopback address the demo OpenID provider sends people back to. */
    protected String loopbackUrl(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    /** A picture of the whole current page under target/screenshots, and then its {@linkplain #checkPage checks}. */
    protected void screenshot(String name) {
        screenshot(page, name);
    }

    protected void screenshot(Page page, String name) {
        waitUntilSettled(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        checkPage(page);
    }

    protected void signIn(String email, String password) {
        signIn(page, url("login"), email, password);
    }

    /** Fills in and sends the sign-in form at {@code loginUrl} on {@code page}. */
    public static void signIn(Page page, String loginUrl, String email, String password) {
        page.navigate(loginUrl);
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    protected void signInAs(String email) {
        signInAs(page, url("login"), email);
    }

    /**
     * Signs in with the demo password and waits for the signed-in shell: its menu button, which every width
     * shows (on a phone the menu itself, with "Sign out", is a closed drawer).
     */
    public static void signInAs(Page page, String loginUrl, String email) {
        signIn(page, loginUrl, email, DemoOrganisation.PASSWORD);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show or hide the menu")))
                .isVisible();
    }

    protected void assertOnLoginPage() {
        assertThat(page).hasURL(Pattern.compile(".*/login(\\?.*)?$"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
    }

    /**
     * A select field, as a screen reader meets it: a button whose name holds the field's label and its value
     * or placeholder (in either order), so the label alone does not find it. (The pattern goes to the browser
     * as a JavaScript regular expression, which has no {@code \Q...\E}: the label is escaped by hand.)
     */
    protected Locator select(String label) {
        String literal = label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("(^|\\s)" + literal + "(\\s|$)")));
    }

    /**
     * Runs axe-core on the current page, once it has settled, against WCAG 2.0, 2.1 and 2.2 A and AA, and fails on
     * any serious or critical violation. (Images that did not load are {@link PageChecks}' business.)
     */
    protected void assertNoSeriousAccessibilityViolations() {
        assertNoSeriousAccessibilityViolations(page);
    }

    public static void assertNoSeriousAccessibilityViolations(Page page) {
        waitUntilSettled(page);
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTest::describe)
                .toList();
        assertThat(serious).as("serious or critical accessibility violations on " + page.url()).isEmpty();
    }

    /**
     * Waits until the page has settled, so that what a check sees is what a person sees once the page is
     * still: no request to the server in flight, no grid or image loading, no overlay, toast or dialog opening
     * or closing, and no finite animation running, for {@value #QUIET_FRAMES} animation frames in a row (an
     * animation that a response starts begins a frame after the response has been handled). Never a sleep:
     * it returns at the first quiet moment, and fails after Playwright's default timeout if none comes.
     */
    public static void waitUntilSettled(Page page) {
        page.evaluate("window.__stewardQuietFrames = 0");
        page.waitForFunction(SETTLED, QUIET_FRAMES);
    }

    private static final int QUIET_FRAMES = 3;

    private static final String SETTLED = """
            quietFrames => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              let busy = !!clients && Object.values(clients).some(client => client.isActive());
              const roots = [document];
              while (!busy && roots.length) {
                const root = roots.pop();
                busy = root.querySelector('[opening], [closing], vaadin-grid[loading]') !== null
                    || Array.from(root.querySelectorAll('img')).some(image => !image.complete)
                    || root.getAnimations().some(animation =>
                        (animation.playState === 'running' || animation.pending) && animation.effect
                        && animation.effect.getComputedTiming().iterations !== Infinity);
                for (const element of root.querySelectorAll('*')) {
                  if (element.shadowRoot) roots.push(element.shadowRoot);
                }
              }
              window.__stewardQuietFrames = busy ? 0 : window.__stewardQuietFrames + 1;
              return window.__stewardQuietFrames >= quietFrames;
            }""";

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }
}
