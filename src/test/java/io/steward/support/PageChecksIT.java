package io.steward.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.ViewportSize;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The checks every journey's pages pass, each seen failing for the defect it names: the app's sign-in page,
 * clean at first, gets one defect put in by script, and the check must say so.
 */
class PageChecksIT extends BrowserTest {

    /** A file the app answers with 404 even to a visitor who has not signed in. */
    private static final String MISSING = "VAADIN/no-such-file.png";

    private BrowserContext defective;
    private PageChecks checks;
    private Page tab;

    @BeforeEach
    void openTheSignInPage() {
        defective = Browser.shared().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(PageChecks.LAPTOP, 800));
        checks = PageChecks.attach(defective, url(""));
        tab = defective.newPage();
    }

    @AfterEach
    void closeIt() {
        defective.close();
    }

    private void openCleanPage() {
        tab.navigate(url("login"));
        assertThatCode(() -> checks.check(tab)).as("the sign-in page as it is").doesNotThrowAnyException();
    }

    @Test
    void an_image_that_cannot_be_decoded_is_reported() {
        openCleanPage();
        tab.evaluate("""
                () => { const image = document.createElement('img');
                        image.alt = 'Completion by module';
                        image.src = 'data:image/svg+xml,' + encodeURIComponent('<svg>&hellip;</svg>');
                        document.body.append(image); }""");

        assertThatThrownBy(() -> checks.check(tab)).hasMessageContaining("image not loaded: Completion by module");
    }

    @Test
    void a_request_answered_404_is_reported_unless_the_test_expects_it() {
        openCleanPage();
        fetchAMissingFile();

        assertThatThrownBy(() -> checks.check(tab))
                .hasMessageContaining("request answered 404: GET " + url(MISSING));

        checks.expectFailedRequest("/VAADIN/no-such-file\\.png$");
        fetchAMissingFile();
        assertThatCode(() -> checks.check(tab)).doesNotThrowAnyException();
        assertThatCode(checks::finish).doesNotThrowAnyException();
    }

    private void fetchAMissingFile() {
        tab.waitForResponse(url(MISSING), () -> tab.evaluate("file => fetch(file)", "/" + MISSING));
    }

    @Test
    void an_expected_failure_that_never_comes_is_reported() {
        openCleanPage();
        checks.expectFailedRequest("/VAADIN/no-such-file\\.png$");

        assertThatThrownBy(checks::finish)
                .hasMessageContaining("no request matching /VAADIN/no-such-file\\.png$ failed");
    }

    @Test
    void a_console_error_and_an_uncaught_error_are_reported() {
        openCleanPage();
        tab.evaluate("() => console.error('Chart data missing')");
        tab.evaluate("""
                () => { const script = document.createElement('script');
                        script.textContent = "throw new Error('Grid column unknown')";
                        document.head.append(script); }""");

        assertThatThrownBy(() -> checks.check(tab)).hasMessageContaining("console error: Chart data missing")
                .hasMessageContaining("uncaught error: Error: Grid column unknown");
    }

    @Test
    void an_element_wider_than_a_phone_is_reported_and_the_window_keeps_its_size() {
        openCleanPage();
        tab.evaluate("""
                () => { const wide = document.createElement('div');
                        wide.className = 'too-wide';
                        wide.style.width = '600px';
                        wide.textContent = 'Wide';
                        (document.querySelector('.steward-view') || document.body).append(wide); }""");

        assertThatThrownBy(() -> checks.check(tab)).hasMessageContaining("beyond a 390-pixel window")
                .hasMessageContaining("div.too-wide Wide").hasMessageNotContaining("1280-pixel");
        ViewportSize after = tab.viewportSize();
        assertThat(after.width + "x" + after.height).isEqualTo("1280x800");
    }

    @Test
    void a_page_sent_without_the_content_security_policy_header_is_reported() {
        tab.route(url("login"), route -> {
            APIResponse response = route.fetch();
            Map<String, String> headers = new HashMap<>(response.headers());
            headers.keySet().removeIf(name -> name.equalsIgnoreCase("content-security-policy"));
            route.fulfill(new Route.FulfillOptions().setResponse(response).setHeaders(headers));
        });
        tab.navigate(url("login"));

        assertThatThrownBy(() -> checks.check(tab))
                .hasMessageContaining("page sent without the Content-Security-Policy header: 200 " + url("login"));
    }

    @Test
    void a_page_closed_without_being_checked_is_reported() {
        openCleanPage();
        Page another = defective.newPage();
        another.navigate(url("login"));
        another.close();

        assertThatThrownBy(checks::finish).hasMessageContaining("a page was closed without being checked: "
                + url("login"));
    }
}
