package io.steward.learning.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.steward.demo.DemoOrganisation;
import io.steward.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** HR makes a rule that renews in a yearly window, and sees the rule listed with its renewal setting. */
class AssignmentRulesIT extends BrowserTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void hr_makes_a_rule_with_a_yearly_renewal_window_and_sees_it_listed() {
        signInAs(DemoOrganisation.HR);
        page.navigate(url("assignments"));

        Locator module = page.getByRole(AriaRole.COMBOBOX, named("Module")).first();
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

        assertThat(page.getByRole(AriaRole.TREEGRID, named("Assignments made"))).isVisible();
        assertThat(page.getByRole(AriaRole.GRIDCELL, named("Each year from 1 January, due by 31 March"))).isVisible();
        assertThat(page.getByRole(AriaRole.GRIDCELL, named("Named employees: E1052"))).isVisible();
        screenshot("assignment-rules-2-listed");
    }
}
