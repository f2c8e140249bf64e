package io.steward.privacy.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.steward.demo.DemoOrganisation;
import io.steward.support.BrowserTest;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MyDataIT extends BrowserTest {

    @Test
    void an_employee_sees_what_steward_holds_about_them_and_downloads_it() throws Exception {
        signInAs(DemoOrganisation.EMPLOYEE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My data")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My data").setLevel(1)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Profile"))).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Profile"))
                .getByText(DemoOrganisation.EMPLOYEE)).isVisible();
        assertThat(page.getByText(Pattern.compile("Deleted 12 months after the attempt"))).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Sign-ins"))).isVisible();
        screenshot("my-data");
        assertNoSeriousAccessibilityViolations();

        Download json = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download as JSON")).click());
        String content = Files.readString(json.path());
        assertThat(json.suggestedFilename()).isEqualTo("steward-my-data.json");
        assertThat(content).contains("\"profile\"", "\"email\" : \"" + DemoOrganisation.EMPLOYEE + "\"",
                "\"sign-ins\"", "\"assignments\"");

        Download html = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download as HTML")).click());
        assertThat(Files.readString(html.path())).contains("<h1>What Steward holds about Sam Patel</h1>",
                "<h2>Profile</h2>", DemoOrganisation.EMPLOYEE);
    }

    @Test
    void hr_sees_the_policy_runs_it_and_cannot_erase_someone_who_still_works_here() {
        signInAs(DemoOrganisation.HR);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retention")).click();

        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Retention policy"))
                .getByText("6 years")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run now")).click();
        assertThat(page.getByText(Pattern.compile("^Done: "))).isVisible();

        page.getByLabel("Employee ID").fill("E1020");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase personal data...")).click();
        assertThat(page.getByText("E1020 still works here.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        screenshot("retention");
        assertNoSeriousAccessibilityViolations();
    }
}
