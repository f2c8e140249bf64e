package io.steward.support;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium per test JVM, shared by all browser tests. Uses the system Chromium when there is
 * one (set {@code STEWARD_CHROMIUM} to point elsewhere), so nothing is downloaded; on a machine without it,
 * Playwright's own browser management takes over.
 */
public final class Browser {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    private static com.microsoft.playwright.Browser shared;

    private Browser() {
    }

    public static synchronized com.microsoft.playwright.Browser shared() {
        if (shared == null) {
            shared = launch();
        }
        return shared;
    }

    private static com.microsoft.playwright.Browser launch() {
        Path executable = chromium();
        Playwright playwright = executable != null
                ? Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))
                : Playwright.create();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic"));
        if (executable != null) {
            options.setExecutablePath(executable);
        }
        com.microsoft.playwright.Browser browser = playwright.chromium().launch(options);
        Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-close"));
        return browser;
    }

    private static Path chromium() {
        String configured = System.getenv("STEWARD_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Files.isExecutable(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : null;
    }
}
