package io.steward.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.steward.demo.DemoOrganisation;
import io.steward.support.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AuditTrailIT extends BrowserTest {

    @Test
    void an_auditor_verifies_the_chain_and_browses_the_entries() {
        signInAs(DemoOrganisation.AUDITOR);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail")).click();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify the chain")).click();

        assertThat(page.getByText(Pattern.compile("The chain is intact: \\d+ entries"))).isVisible();
        assertThat(page.getByRole(AriaRole.TREEGRID, new Page.GetByRoleOptions()
                .setName("Audit entries, newest first"))).isVisible();
        assertThat(page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName("SIGN_IN").setExact(true))
                .first()).isVisible();
        assertNoSeriousAccessibilityViolations();
    }
}
