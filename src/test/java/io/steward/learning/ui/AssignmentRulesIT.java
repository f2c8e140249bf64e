package io.steward.learning.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.steward.content.ContentService;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.Audience;
import io.steward.learning.AssignmentRequest;
import io.steward.learning.AssignmentService;
import io.steward.support.BrowserTest;
import io.steward.support.SignedIn;
import io.steward.support.TestContent;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * HR makes a rule that renews in a yearly window, and sees the rule listed with its renewal setting; HR changes
 * a rule after reading what the change would do, and retires it.
 */
class AssignmentRulesIT extends BrowserTest {

    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ContentService content;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void hr_makes_a_rule_with_a_yearly_renewal_window_and_sees_it_listed() {
        signInAs(DemoOrganisation.HR);
        page.navigate(url("assignments"));

        Locator module = page.getByRole(AriaRole.COMBOBOX, named("Module"));
        module.fill("Giving");
        Locator giving = page.getByRole(AriaRole.LISTBOX, named("Module")).getByRole(AriaRole.OPTION)
                .filter(new Locator.FilterOptions().setHasText("Giving")).first();
        assertThat(giving).isVisible();
        assertNoSeriousAccessibilityViolations(); // with the list of options open: it has its field's name
        giving.click();
        select("Assign to").click();
        Locator named = page.getByRole(AriaRole.OPTION, named("Named employees"));
        assertThat(named).isVisible();
        assertNoSeriousAccessibilityViolations(); // with the select's list open
        named.click();
        page.getByLabel("Employee ids").fill("E1052");
        page.getByRole(AriaRole.RADIO, named("Renew in a yearly window")).check();
        assertThat(page.getByLabel("Window opens each year on")).isVisible();
        assertThat(page.getByLabel("Days before expiry")).isHidden();
        assertNoSeriousAccessibilityViolations();
        screenshot("assignment-rules-1-form");

        page.getByRole(AriaRole.BUTTON, named("Assign").setExact(true)).click();
        Locator reach = page.getByRole(AriaRole.ALERTDIALOG, named("Assign this module?"));
        assertThat(reach).containsText("This rule reaches 1 person (");
        reach.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm")).click();

        assertThat(page.getByRole(AriaRole.TREEGRID, named("Assignments made"))).isVisible();
        // The demo has a rule with the same window: the row of this rule is the one for its one person.
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile(
                "Named employees: E1052 .*Each year from 1 January, due by 31 March")))).isVisible();
        screenshot("assignment-rules-2-listed");
    }

    @Test
    void hr_changes_a_rule_after_reading_what_it_would_do_and_then_retires_it() {
        String module = "rule-journey-" + Long.toString(System.nanoTime(), 36);
        TestContent.writeModule(module, TestContent.policy(module, "Rule journey"));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assignments.assign(new AssignmentRequest(module, new Audience(Audience.Type.EMPLOYEES, List.of("E1052")),
                    null, 30, null));
        }
        String newcomer = jdbc.sql("SELECT display_name FROM employee WHERE employee_number = 'E1053'")
                .query(String.class).single();
        signInAs(DemoOrganisation.HR);
        page.navigate(url("assignments"));

        page.getByRole(AriaRole.BUTTON, named("Change the rule Rule journey, Named employees: E1052")).click();
        assertThat(page.getByText("Changing the rule Named employees: E1052 for Rule journey")).isVisible();
        page.getByLabel("Employee ids").fill("E1052 E1053");
        page.getByLabel("Days to complete").fill("10");
        page.getByRole(AriaRole.BUTTON, named("Review the change")).click();

        Locator dialog = page.getByRole(AriaRole.ALERTDIALOG, named("Save this change to the rule?"));
        assertThat(dialog).containsText("1 person would be newly assigned: " + newcomer + ".");
        assertThat(dialog).containsText("No open assignment would close.");
        assertThat(dialog).containsText("1 open assignment would get a new due date.");
        assertNoSeriousAccessibilityViolations();
        screenshot("assignment-rules-3-change-preview");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the change")).click();

        assertThat(page.getByText(Pattern.compile("^Rule changed\\."))).isVisible();
        assertThat(page.getByRole(AriaRole.GRIDCELL, named("Named employees: E1052, E1053").setExact(true)))
                .isVisible();
        screenshot("assignment-rules-4-changed");

        page.getByRole(AriaRole.BUTTON, named("Retire the rule Rule journey, Named employees: E1052, E1053"))
                .click();
        Locator retire = page.getByRole(AriaRole.ALERTDIALOG, named("Retire this rule?"));
        assertThat(retire).containsText("2 open assignments would close as no longer required");
        retire.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retire the rule")).click();
        assertThat(page.getByText(Pattern.compile("^Rule retired\\."))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Retire the rule Rule journey, Named employees: E1052, E1053")))
                .hasCount(0);
        assertThat(page.getByText(Pattern.compile("^Retired on ")).first()).isVisible();
        screenshot("assignment-rules-5-retired");
    }
}
