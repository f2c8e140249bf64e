package io.steward.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Counts the clicks a person makes in a journey, as the browser sees them: every trusted click event on the
 * page (a mouse click, or Enter or Space on a button or link), kept in the tab's session storage so that it
 * survives a full page load. Scripted clicks by the page itself are not counted. A journey records the count
 * from its first step to its goal and states it, so that docs/ux.md can compare it with the count before.
 */
public final class ClickCounter {

    private static final String COUNT = """
            () => {
              if (!window.__stewardClicksCounted) {
                window.__stewardClicksCounted = true;
                document.addEventListener('click', event => {
                  if (event.isTrusted) {
                    sessionStorage.setItem('stewardClicks', String(Number(sessionStorage.getItem('stewardClicks') || 0) + 1));
                  }
                }, true);
              }
            }""";

    private ClickCounter() {
    }

    /** Counts the clicks on every page the context opens from now on (and on pages already open). */
    public static void install(BrowserContext context) {
        context.addInitScript("(" + COUNT + ")()");
        context.pages().forEach(page -> page.evaluate(COUNT));
    }

    /** Starts counting afresh on this page's tab. */
    public static void reset(Page page) {
        page.evaluate("() => sessionStorage.setItem('stewardClicks', '0')");
    }

    /** The clicks counted on this page's tab since the last reset. */
    public static int count(Page page) {
        return ((Number) page.evaluate("() => Number(sessionStorage.getItem('stewardClicks') || 0)")).intValue();
    }
}
