package io.steward.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.steward.audit.domain.Pseudonyms;
import io.steward.base.EmployeeId;
import io.steward.demo.DemoOrganisation;
import io.steward.support.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditTrailIT extends BrowserTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Pseudonyms pseudonyms;

    @Test
    void an_auditor_verifies_the_chain_and_browses_the_entries() {
        signInAs(DemoOrganisation.EMPLOYEE); // someone else's sign-in, for the filter to leave out
        context.clearCookies();
        signInAs(DemoOrganisation.AUDITOR);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail")).click();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify the chain")).click();

        assertThat(page.getByText(Pattern.compile("The chain is intact: \\d+ entries"))).isVisible();
        assertThat(page.getByRole(AriaRole.TREEGRID, new Page.GetByRoleOptions()
                .setName("Audit entries, newest first"))).isVisible();
        assertThat(page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName("SIGN_IN").setExact(true))
                .first()).isVisible();
        assertNoSeriousAccessibilityViolations();

        // The auditor's own sign-in: filtered by its action and by the auditor's pseudonym as subject.
        select("Action").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("SIGN_IN").setExact(true)).click();
        String me = pseudonymOf(DemoOrganisation.AUDITOR);
        assertThat(page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions()
                .setName("person:" + pseudonymOf(DemoOrganisation.EMPLOYEE)).setExact(true)).first()).isVisible();
        page.getByLabel("Subject").fill(me);
        page.getByLabel("Subject").press("Enter");
        assertThat(page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName("person:" + me)
                .setExact(true)).first()).isVisible();
        // Someone else's sign-in (the tests sign in many people) is filtered out.
        assertThat(page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^person:(?!" + me + "$)")))).hasCount(0);
        page.getByLabel("From (UTC day)").fill("1/1/2099");
        page.getByLabel("From (UTC day)").press("Enter");
        assertThat(page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName("SIGN_IN").setExact(true)))
                .hasCount(0);
        screenshot("audit-trail-filtered");
    }

    private String pseudonymOf(String email) {
        return pseudonyms.find(new EmployeeId(jdbc.sql("SELECT id FROM employee WHERE email = ?").param(email)
                .query(Long.class).single())).orElseThrow();
    }
}
