package io.steward.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
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
 * app on a random port, a screenshot of the last page of every test under target/screenshots, and a check
 * that no page broke the Content-Security-Policy.
 */
@IntegrationTest
public abstract class BrowserTest {

    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    private int port;

    protected BrowserContext context;
    protected Page page;
    private final List<String> policyViolations = new ArrayList<>();
    private String testName;

    @BeforeEach
    void openBrowser(TestInfo info) {
        testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getDisplayName().replaceAll("[^A-Za-z0-9_-]+", "_");
        context = Browser.shared().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 800).setLocale("en-GB"));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
    }

    @AfterEach
    void closeBrowser() {
        try {
            screenshot(testName);
        } finally {
            context.close();
        }
        assertThat(policyViolations).as("Content-Security-Policy violations").isEmpty();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    protected void signIn(String email, String password) {
        page.navigate(url("login"));
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** Signs in with the demo password and waits for the signed-in shell. */
    protected void signInAs(String email) {
        signIn(email, DemoOrganisation.PASSWORD);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
    }

    protected void assertOnLoginPage() {
        assertThat(page).hasURL(Pattern.compile(".*/login(\\?.*)?$"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
    }

    /** Runs axe-core on the current page and fails on any serious or critical violation. */
    protected void assertNoSeriousAccessibilityViolations() {
        assertNoSeriousAccessibilityViolations(page);
    }

    protected static void assertNoSeriousAccessibilityViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTest::describe)
                .toList();
        assertThat(serious).as("serious or critical accessibility violations on " + page.url()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }
}
