package io.steward.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.steward.demo.DemoOrganisation;
import io.steward.support.BrowserTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Managers and HR looking at where people stand, in a real browser, found by role and label. */
class ReportingJourneyIT extends BrowserTest {

    /** How the browser's locale (en-US) writes a date into a date field. */
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    @Autowired
    private JdbcClient jdbc;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private Locator.GetByRoleOptions inside(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }

    /** Opens "Export evidence" on Compliance and chooses the incident reporting module. */
    private Locator exportEvidence() {
        page.getByRole(AriaRole.BUTTON, named("Export evidence")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, named("Export evidence"));
        dialog.getByRole(AriaRole.COMBOBOX, inside("Module")).fill("Recognising");
        page.getByRole(AriaRole.OPTION, named("Recognising and reporting a data incident")).click();
        return dialog;
    }

    @Test
    void a_manager_filters_their_team_downloads_csv_and_drills_into_one_person() throws IOException {
        signInAs(DemoOrganisation.MANAGER);
        page.navigate(url("team"));
        assertThat(page.getByText("Completion of current assignments")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("Grace Liu"))).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, named("Completion over the last 12 months, in numbers")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Line chart of the completion rate")))).isVisible();
        assertNoSeriousAccessibilityViolations();
        screenshot("team-1-dashboard");

        // The people list, below "Needs action" (which lists the overdue people too): the page's one grid, whose
        // name ("Your team") is on its table in the shadow DOM, while the links are in the grid's own cells.
        Locator people = page.locator("vaadin-grid");
        page.getByRole(AriaRole.CHECKBOX, named("Only people with overdue training")).check();
        assertThat(people.getByRole(AriaRole.LINK, inside("Grace Liu"))).hasCount(0);
        assertThat(people.getByRole(AriaRole.LINK, inside("Lucas Silva"))).isVisible();
        page.getByLabel("Name contains").fill("Patel");
        assertThat(people.getByRole(AriaRole.LINK, inside("Lucas Silva"))).hasCount(0);
        screenshot("team-2-filtered");

        Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                named("Download completions (CSV)")).click());
        assertThat(csv.suggestedFilename()).isEqualTo("steward-completions.csv");
        String rows = Files.readString(csv.path());
        assertThat(rows).startsWith("employee_id,name,email").contains("employee@example.com")
                .doesNotContain("isabel.garcia@example.com");

        people.getByRole(AriaRole.LINK, inside("Sam Patel")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Sam Patel"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Quiz attempts"))).isVisible();
        assertThat(page.getByRole(AriaRole.TREEGRID, named("Assignments")).getByRole(AriaRole.GRIDCELL,
                inside("Overdue")).first()).isVisible();
        assertNoSeriousAccessibilityViolations();
        checkPage();
        page.getByRole(AriaRole.BUTTON, named("Remind about overdue training")).click();
        assertThat(page.getByText("Reminder to Sam Patel recorded.")).isVisible();
        screenshot("team-3-person");

        long outsider = jdbc.sql("SELECT id FROM employee WHERE email = 'isabel.garcia@example.com'")
                .query(Long.class).single();
        page.navigate(url("team/person/" + outsider));
        assertThat(page.getByRole(AriaRole.HEADING, named("Not in your team"))).isVisible();
        assertThat(page.getByText("Isabel Garcia")).hasCount(0);
    }

    @Test
    void hr_narrows_the_compliance_matrix_to_one_department() {
        signInAs(DemoOrganisation.HR);
        page.navigate(url("compliance"));
        Locator matrix = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Completion by department and module"));
        assertThat(matrix.getByRole(AriaRole.ROWHEADER, inside("Marketing"))).isVisible();
        assertThat(page.getByRole(AriaRole.GRIDCELL, named("Ella Murphy"))).isVisible();
        assertNoSeriousAccessibilityViolations();
        screenshot("compliance-1-organisation");

        Locator department = page.getByRole(AriaRole.COMBOBOX, named("Department"));
        department.fill("Engineering");
        page.getByRole(AriaRole.LISTBOX, named("Department")).getByRole(AriaRole.OPTION, inside("Engineering"))
                .click();
        assertThat(matrix.getByRole(AriaRole.ROWHEADER, inside("Marketing"))).hasCount(0);
        assertThat(matrix.getByRole(AriaRole.ROWHEADER, inside("Engineering"))).isVisible();
        assertThat(page.getByRole(AriaRole.GRIDCELL, named("Ella Murphy"))).hasCount(0);
        screenshot("compliance-2-engineering");
    }

    @Test
    void hr_opens_a_persons_timeline_from_the_overdue_list() {
        signInAs(DemoOrganisation.HR);
        page.navigate(url("compliance"));
        // The first of the overdue list: the open assignment due longest ago (ties as the page orders them).
        String name = jdbc.sql("""
                SELECT e.display_name FROM assignment a JOIN employee e ON e.id = a.employee_id
                WHERE e.active AND a.state IN ('ASSIGNED', 'IN_PROGRESS') AND a.due_date < CURRENT_DATE
                ORDER BY a.due_date, a.state, a.employee_id, a.module_id LIMIT 1""").query(String.class).single();
        page.getByRole(AriaRole.LINK, named(name)).first().click();

        assertThat(page.getByRole(AriaRole.HEADING, named(name))).isVisible();
        Locator timeline = page.getByRole(AriaRole.TREEGRID, named("Timeline: every cycle of every module"));
        assertThat(timeline).isVisible();
        assertThat(timeline.getByRole(AriaRole.GRIDCELL, inside("Overdue")).first()).isVisible();
        assertThat(timeline.getByRole(AriaRole.GRIDCELL, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Assigned by HR \\(rule \\d+, for .+\\)$"))).first()).isVisible();
        assertNoSeriousAccessibilityViolations();
        screenshot("compliance-5-timeline");
        page.getByRole(AriaRole.LINK, named("Back to Compliance")).click();
        assertThat(page.getByRole(AriaRole.TREEGRID, named("Overdue longest"))).isVisible();
        checkPage();
    }

    @Test
    void hr_downloads_an_evidence_pack_whose_manifest_hashes_verify() throws Exception {
        signInAs(DemoOrganisation.HR);
        page.navigate(url("compliance"));
        Locator dialog = exportEvidence();
        screenshot("compliance-3-evidence-pack");

        Download pack = page.waitForDownload(() -> dialog.getByRole(AriaRole.BUTTON, inside("Download")).click());
        assertThat(pack.suggestedFilename()).startsWith("steward-evidence-reporting-data-incidents-");
        Map<String, byte[]> files = ReportArchivesIntegrationTest.unzip(Files.readAllBytes(pack.path()));
        assertThat(files).containsKeys("README.txt", "population.csv", "completions.csv", "exceptions.csv");
        assertThat(ReportArchivesIntegrationTest.verifyManifest(files)).hasSize(files.size() - 1);
    }

    @Test
    void an_auditor_reads_compliance_as_of_a_past_day_and_downloads_last_years_pack() throws Exception {
        signInAs(DemoOrganisation.AUDITOR);
        page.navigate(url("compliance"));
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Locator asOf = page.getByRole(AriaRole.COMBOBOX, named("As of"));
        asOf.fill(US_DATE.format(yesterday));
        asOf.press("Enter");
        assertThat(page.getByText("As it stood at the end of "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.US).format(yesterday)))
                .isVisible();
        // The demo organisation was set up today: the day before, nobody had been placed or assigned yet.
        assertThat(page.getByRole(AriaRole.HEADING, named("No assignments match"))).isVisible();
        Locator csv = page.getByRole(AriaRole.LINK, named("Download completions (CSV)"));
        assertThat(csv).hasAttribute("href", Pattern.compile("asOf=" + yesterday));
        assertNoSeriousAccessibilityViolations();
        screenshot("compliance-4-as-of");

        asOf.fill(US_DATE.format(LocalDate.now().plusDays(1)));
        asOf.press("Enter");
        assertThat(page.getByText("Choose today or a day before it")).isVisible();
        asOf.clear();
        asOf.press("Enter");
        assertThat(page.getByText(Pattern.compile("^As it stood at the end of"))).isHidden();

        int lastYear = LocalDate.now().getYear() - 1;
        Locator dialog = exportEvidence();
        for (Map.Entry<String, LocalDate> day : Map.of("From", LocalDate.of(lastYear, 1, 1),
                "Until", LocalDate.of(lastYear, 12, 31)).entrySet()) {
            Locator field = dialog.getByRole(AriaRole.COMBOBOX, inside(day.getKey()));
            field.fill(US_DATE.format(day.getValue()));
            field.press("Enter");
        }
        Download pack = page.waitForDownload(() -> dialog.getByRole(AriaRole.BUTTON, inside("Download")).click());
        assertThat(pack.suggestedFilename()).isEqualTo("steward-evidence-reporting-data-incidents-" + lastYear
                + "-01-01-" + lastYear + "-12-31.zip");
        Map<String, byte[]> files = ReportArchivesIntegrationTest.unzip(Files.readAllBytes(pack.path()));
        assertThat(files).containsKeys("README.txt", "population.csv", "cycles.csv", "completions.csv",
                "exceptions.csv");
        assertThat(new String(files.get("README.txt"), StandardCharsets.UTF_8))
                .contains("Period: " + lastYear + "-01-01 to " + lastYear + "-12-31");
        assertThat(ReportArchivesIntegrationTest.verifyManifest(files)).hasSize(files.size() - 1);
    }
}
