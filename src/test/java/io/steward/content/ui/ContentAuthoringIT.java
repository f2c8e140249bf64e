package io.steward.content.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.steward.content.ContentService;
import io.steward.demo.DemoOrganisation;
import io.steward.support.BrowserTest;
import io.steward.support.SignedIn;
import io.steward.support.TestContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ContentAuthoringIT extends BrowserTest {

    @Autowired
    private ContentService content;
    @Autowired
    private SignedIn signedIn;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void an_author_sees_the_catalogue_and_previews_a_module_through_its_quiz() {
        signInAs(DemoOrganisation.AUTHOR);

        // Grid cells are slotted into the grid, outside its ARIA table, so they are found on the page.
        assertThat(page.getByRole(AriaRole.TREEGRID, new Page.GetByRoleOptions().setName("Training modules")))
                .isVisible();
        assertThat(page.getByText("Transparency", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("Valid", new Page.GetByTextOptions().setExact(true))).hasCount(moduleFiles());
        assertThat(link("Content health: 0 errors, 0 warnings")).isVisible();
        assertNoSeriousAccessibilityViolations();
        checkPage();

        link("Preview Transparency").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Preview: Transparency")
                .setLevel(1))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Introduction"))).isVisible();
        assertThat(page.getByText("Page 1 of 9")).isVisible(); // introduction, seven lessons, quiz
        checkPage();
        for (int pageNumber = 2; pageNumber <= 9; pageNumber++) {
            button("Next").click();
            assertThat(page.getByText("Page " + pageNumber + " of 9")).isVisible();
        }
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Quiz").setExact(true)))
                .isVisible();
        assertThat(button("Next")).isDisabled();
        checkPage();
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions()
                        .setName("What is the best test of whether a privacy notice works?"))
                .getByText("A typical customer who reads it understands how their data is used").click();
        button("Check answers").click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("You answered 1 of 15 correctly");
        assertThat(page.getByText("Right", new Page.GetByTextOptions().setExact(true))).hasCount(1);
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void the_content_health_page_says_the_shipped_content_has_no_problems() {
        signInAs(DemoOrganisation.AUTHOR);
        link("Content health: 0 errors, 0 warnings").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No problems"))).isVisible();
        button("Reload content").click();
        assertThat(page.getByText("Content reloaded: " + moduleFiles() + " modules served, 0 errors, 0 warnings."))
                .isVisible();
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void an_author_adds_a_module_and_a_broken_one_and_sees_the_problem_with_file_and_line() throws IOException {
        Path modules = TestContent.folder().resolve("modules");
        try {
            // Markup in titles, questions and options must arrive as text, never as elements.
            TestContent.writeModule("it-cookies", """
                    ---
                    id: it-cookies
                    title: Cookies <em>in</em> plain words
                    version: 1.0.0
                    pass-mark: 50
                    ---
                    ## What a cookie is

                    A small file a site keeps in your browser.

                    ## Quiz

                    ### Is <b>this</b> a cookie?
                    - [x] Yes
                    - [ ] <img src=x onerror="document.title='owned'">
                    """);
            TestContent.writeModule("it-broken", """
                    ---
                    id: it-broken
                    title: Broken on purpose
                    version: 1.0
                    attestation: I have read it.
                    ---
                    ## A lesson

                    Text.
                    """);
            signInAs(DemoOrganisation.AUTHOR);
            button("Reload content").click();

            assertThat(page.getByText("Cookies <em>in</em> plain words")).isVisible();
            assertThat(page.getByText("Invalid: not served")).isVisible();
            link("Content health: 1 error, 4 warnings").click();
            assertThat(page.getByText("modules/it-broken.md")).isVisible();
            assertThat(page.getByText("'version' must be a version MAJOR.MINOR.PATCH, like 1.0.0; found '1.0'"))
                    .isVisible();
            screenshot("content-health-with-a-problem");
            assertNoSeriousAccessibilityViolations();

            page.navigate(url("content/preview/it-cookies"));
            assertThat(page.getByText("A small file a site keeps in your browser.")).isVisible();
            button("Next").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Is <b>this</b> a cookie?")))
                    .isVisible();
            assertThat(page.getByText("<img src=x onerror=\"document.title='owned'\">")).isVisible();
            assertThat(page.locator("main img, main em, main b")).hasCount(0);
            assertThat(page).not().hasTitle("owned");
        } finally {
            Files.deleteIfExists(modules.resolve("it-cookies.md"));
            Files.deleteIfExists(modules.resolve("it-broken.md"));
            try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
                content.reload();
            }
        }
    }

    @Test
    void hr_reads_the_catalogue_without_reloading() {
        signInAs(DemoOrganisation.HR);
        page.navigate(url("content"));

        assertThat(link("Preview Transparency")).isVisible();
        assertThat(button("Reload content")).hasCount(0);
    }

    /** A one-pixel PNG. */
    private static final byte[] PIXEL = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP438AAAAQBAYDFKhhdAAAAAElFTkSuQmCC");

    /**
     * A file in the content folder's assets is served to a signed-in person as it is, with its type; a missing
     * one gets the asset store's own 404 (no body, no type), unlike a path no handler knows (which gets a page,
     * whatever its status), so the 404 proves the request reached the asset store.
     */
    @Test
    void asset_requests_of_a_signed_in_person_reach_the_asset_store() throws IOException {
        Path asset = TestContent.folder().resolve("assets").resolve("served-" + System.nanoTime() + ".png");
        Files.createDirectories(asset.getParent());
        Files.write(asset, PIXEL);
        try {
            signInAs(DemoOrganisation.EMPLOYEE);

            APIResponse present = page.request().get(url("content-assets/" + asset.getFileName()));
            assertThat(present.status()).isEqualTo(200);
            assertThat(present.headers().get("content-type")).isEqualTo("image/png");
            assertThat(present.body()).isEqualTo(PIXEL);

            APIResponse missing = page.request().get(url("content-assets/no-such-file.png"));
            APIResponse unknownRoute = page.request().get(url("no-such-route/no-such-file.png"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.body()).as("the asset store's 404 has no body").isEmpty();
            assertThat(missing.headers()).as("nor a content type").doesNotContainKey("content-type");
            assertThat(unknownRoute.body()).as("a path no handler knows gets a page (%d, %s)", unknownRoute.status(),
                    unknownRoute.headers().get("content-type")).isNotEmpty();
        } finally {
            Files.delete(asset);
        }
    }

    /**
     * The module files the app reads: the ten shipped ones and any a journey that ran before this one wrote
     * (all valid), so that the count does not depend on the order the journeys run in.
     */
    private static int moduleFiles() {
        try (var files = Files.list(TestContent.folder().resolve("modules"))) {
            return (int) files.filter(f -> f.toString().endsWith(".md")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
