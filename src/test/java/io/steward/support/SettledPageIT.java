package io.steward.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wait that every accessibility check and screenshot makes: it returns only once what moves has stopped,
 * in the page or inside a component's shadow root, and does not wait for what never stops.
 */
class SettledPageIT {

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void open() {
        context = Browser.shared().newContext();
        page = context.newPage();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void waits_for_a_fade_in_to_end_before_the_page_counts_as_settled() {
        page.setContent("""
                <style>@keyframes in { from { opacity: 0 } to { opacity: 1 } }
                #toast { animation: in 800ms linear }</style>
                <div id="toast">Saved</div>""");

        BrowserTest.waitUntilSettled(page);

        assertThat(page.evaluate("getComputedStyle(document.getElementById('toast')).opacity")).isEqualTo("1");
    }

    @Test
    void sees_an_animation_inside_a_shadow_root() {
        page.setContent("""
                <div id="host"></div>
                <script>
                  const root = document.getElementById('host').attachShadow({ mode: 'open' });
                  root.innerHTML = '<style>@keyframes in { from { opacity: 0 } to { opacity: 1 } }'
                      + ' p { animation: in 800ms linear }</style><p>Inside</p>';
                </script>""");

        BrowserTest.waitUntilSettled(page);

        assertThat(page.evaluate("getComputedStyle(document.getElementById('host').shadowRoot"
                + ".querySelector('p')).opacity")).isEqualTo("1");
    }

    @Test
    void waits_while_an_overlay_is_opening() {
        page.setContent("""
                <div id="overlay" opening></div>
                <script>
                  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
                    document.getElementById('overlay').removeAttribute('opening');
                    document.getElementById('overlay').setAttribute('opened', '');
                  }, 500)));
                </script>""");

        BrowserTest.waitUntilSettled(page);

        assertThat(page.evaluate("document.getElementById('overlay').hasAttribute('opened')")).isEqualTo(true);
    }

    @Test
    void does_not_wait_for_an_animation_that_never_ends() {
        page.setContent("""
                <style>@keyframes spin { to { transform: rotate(360deg) } }
                #spinner { animation: spin 1s linear infinite }</style>
                <div id="spinner"></div>""");

        BrowserTest.waitUntilSettled(page);

        assertThat(page.evaluate("document.getAnimations().length")).isEqualTo(1);
    }
}
