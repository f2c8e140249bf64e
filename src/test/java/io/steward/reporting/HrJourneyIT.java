package io.steward.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.steward.content.ContentService;
import io.steward.demo.DemoOrganisation;
import io.steward.support.BrowserTest;
import io.steward.support.ClickCounter;
import io.steward.support.SignedIn;
import io.steward.support.TestContent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * HR assigns, then proves: makes a rule after reading how many people it reaches, exports the evidence pack
 * scoped to the rule's module and a department from Compliance, and exempts a person from their training
 * record, opened from People. On a desktop and on a phone.
 */
class HrJourneyIT extends BrowserTest {

    /** Clicks from Assignments to the downloaded evidence pack; the count before this journey led was 7. */
    private static final int MOST_CLICKS_DESKTOP = 10;
    /** On a phone the menu is opened first. */
    private static final int MOST_CLICKS_PHONE = 11;

    @Autowired
    private ContentService content;
    @Autowired
    private SignedIn signedIn;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Locator.GetByRoleOptions inside(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void hr_assigns_a_module_exports_its_evidence_and_exempts_a_person(int width) throws Exception {
        boolean phone = width < 600;
        String shot = "hr-" + width + "-";
        String module = "hr-journey-" + Long.toString(System.nanoTime(), 36);
        String title = "Clean desk " + module;
        TestContent.writeModule(module, TestContent.policy(module, title));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
        ClickCounter.install(context);
        // Signed in on the wide page, which shows "Sign out" without opening the menu.
        signInAs(DemoOrganisation.HR);
        page.setViewportSize(width, phone ? 844 : 800);
        page.navigate(url("assignments"));
        ClickCounter.reset(page);

        // Assign: the module to two people, confirmed after reading whom it reaches.
        page.getByRole(AriaRole.COMBOBOX, named("Module")).fill(title);
        page.getByRole(AriaRole.OPTION, named(title + " (1.0.0)")).click();
        select("Assign to").click();
        page.getByRole(AriaRole.OPTION, named("Named employees")).click();
        page.getByLabel("Employee ids").fill("E1050 E1051");
        page.getByRole(AriaRole.BUTTON, named("Assign")).click();
        Locator confirm = page.getByRole(AriaRole.ALERTDIALOG, named("Assign this module?"));
        assertThat(confirm).containsText(
                "This rule reaches 2 people (2 new assignments): Clara Hoffmann, David Cohen.");
        assertNoSeriousAccessibilityViolations();
        screenshot(shot + "1-reach");
        confirm.getByRole(AriaRole.BUTTON, inside("Confirm")).click();
        assertThat(page.getByText(Pattern.compile("^Assigned\\."))).isVisible();
        assertThat(page.getByRole(AriaRole.GRIDCELL, named("Named employees: E1050, E1051")).first()).isVisible();

        // Prove: the evidence pack of the module for the department, from Compliance.
        menu(phone, "Compliance");
        page.getByRole(AriaRole.BUTTON, named("Export evidence")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, named("Export evidence"));
        dialog.getByRole(AriaRole.COMBOBOX, inside("Module")).fill(title);
        page.getByRole(AriaRole.OPTION, named(title)).click();
        dialog.getByRole(AriaRole.COMBOBOX, inside("Department")).fill("People");
        page.getByRole(AriaRole.OPTION, named("People & Compliance")).click();
        LocalDate today = LocalDate.now();
        assertThat(dialog.getByRole(AriaRole.COMBOBOX, inside("From"))).not().hasValue("");
        assertNoSeriousAccessibilityViolations();
        screenshot(shot + "2-export-dialog");
        Download pack = page.waitForDownload(() -> dialog.getByRole(AriaRole.BUTTON, inside("Download")).click());
        assertThat(dialog.getByRole(AriaRole.STATUS)).hasText("Downloaded.");
        assertThat(dialog.getByRole(AriaRole.PROGRESSBAR)).isHidden();
        int clicks = ClickCounter.count(page);
        screenshot(shot + "3-downloaded");

        assertThat(pack.suggestedFilename()).isEqualTo("steward-evidence-" + module + "-" + today.minusMonths(12)
                + "-" + today + ".zip");
        Map<String, byte[]> files = ReportArchivesIntegrationTest.unzip(Files.readAllBytes(pack.path()));
        assertThat(files).containsKeys("README.txt", "population.csv", "cycles.csv", "assignment-rules.csv",
                "completions.csv", "exceptions.csv");
        assertThat(files.keySet()).anyMatch(name -> name.startsWith("content/1.0.0-"));
        List<CSVRecord> population = ReportArchivesIntegrationTest.csv(files.get("population.csv"));
        assertThat(population).extracting(r -> r.get("name")).containsExactly("Clara Hoffmann", "David Cohen");
        assertThat(population).extracting(r -> r.get("department")).containsOnly("People & Compliance");
        assertThat(new String(files.get("README.txt"), StandardCharsets.UTF_8)).contains("Module: " + module)
                .contains("Department: People & Compliance");
        assertThat(ReportArchivesIntegrationTest.verifyManifest(files)).hasSize(files.size() - 1);
        assertThat(clicks).as("clicks from Assignments to the downloaded evidence pack")
                .isLessThanOrEqualTo(phone ? MOST_CLICKS_PHONE : MOST_CLICKS_DESKTOP);
        System.out.println("HR journey at " + width + " px: " + clicks + " clicks");

        // The dialog's pack for everyone is the file the download address always gave for the same scope.
        dialog.getByRole(AriaRole.COMBOBOX, inside("Department")).clear();
        Download everyone = page.waitForDownload(() -> dialog.getByRole(AriaRole.BUTTON, inside("Download"))
                .click());
        assertThat(dialog.getByRole(AriaRole.STATUS)).hasText("Downloaded.");
        APIResponse address = page.request().get(url("reports/evidence-pack.zip?module=" + module + "&from="
                + today.minusMonths(12) + "&to=" + today));
        assertThat(address.status()).isEqualTo(200);
        Map<String, byte[]> fromDialog = ReportArchivesIntegrationTest.unzip(Files.readAllBytes(everyone.path()));
        Map<String, byte[]> fromAddress = ReportArchivesIntegrationTest.unzip(address.body());
        assertThat(fromDialog.keySet()).containsExactlyElementsOf(fromAddress.keySet());
        fromAddress.forEach((name, bytes) -> assertThat(fromDialog.get(name)).as(name).isEqualTo(bytes));
        dialog.getByRole(AriaRole.BUTTON, inside("Close")).click();

        // From People: Clara Hoffmann's training record, and her exemption from the module.
        menu(phone, "People");
        page.getByLabel("Search by name, email or employee ID").fill("Clara Hoffmann");
        assertThat(page.getByRole(AriaRole.LINK, named("Clara Hoffmann"))).isVisible();
        checkPage();
        page.getByRole(AriaRole.LINK, named("Clara Hoffmann")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Clara Hoffmann"))).isVisible();
        page.getByRole(AriaRole.COMBOBOX, named("Module")).fill(title);
        page.getByRole(AriaRole.OPTION, named(title)).click();
        String reason = "Did " + title + " at her previous employer";
        page.getByLabel("Reason (kept as evidence)").fill(reason);
        page.getByRole(AriaRole.BUTTON, named("Exempt from this module")).click();
        assertThat(page.getByText("Exempted. The reason is kept with the assignment.")).isVisible();
        Locator timeline = page.getByRole(AriaRole.TREEGRID, named("Timeline: every cycle of every module"));
        // Unescaped: the reason has no characters special to a regular expression.
        assertThat(timeline.getByRole(AriaRole.GRIDCELL, new Locator.GetByRoleOptions().setName(
                Pattern.compile("^Exempted on .+: " + reason + "$")))).isVisible();
        assertNoSeriousAccessibilityViolations();
        screenshot(shot + "4-exempted");
    }

    /** Follows the menu entry; on a phone the menu is opened first. */
    private void menu(boolean phone, String entry) {
        if (phone) {
            page.getByRole(AriaRole.BUTTON, named("Show or hide the menu")).click();
        }
        page.getByRole(AriaRole.LINK, named(entry)).click();
        assertThat(page.getByRole(AriaRole.HEADING, named(entry)).first()).isVisible();
    }
}
