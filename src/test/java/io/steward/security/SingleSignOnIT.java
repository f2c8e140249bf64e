package io.steward.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import demoprovider.DemoIdentityProvider;
import io.steward.demo.DemoOrganisation;
import io.steward.support.BrowserTest;
import io.steward.support.TestIdentityProvider;
import org.junit.jupiter.api.Test;

/** Single sign-on in a real browser, through the demo provider's own sign-in page. */
class SingleSignOnIT extends BrowserTest {

    private static final String SIGN_IN_WITH = "Sign in with " + TestIdentityProvider.PROVIDER_NAME;

    @Test
    void an_employee_signs_in_through_the_provider_and_signs_out_of_both() {
        page.navigate(loopbackUrl("login"));
        screenshot("sso-login-page");
        assertNoSeriousAccessibilityViolations();

        signInAtProvider(DemoOrganisation.EMPLOYEE);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My training").setLevel(1)))
                .isVisible();
        screenshot("sso-signed-in");
        // The provider keeps their password: nothing to change here.
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change password")))
                .hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertOnLoginPage();
        // Signed out at the provider too: it asks for the password again.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SIGN_IN_WITH)).click();
        assertThat(page.getByLabel("Username")).isVisible();
    }

    @Test
    void an_identity_the_directory_does_not_know_is_told_why_and_stays_signed_out() {
        page.navigate(loopbackUrl("login"));

        signInAtProvider(DemoIdentityProvider.STRANGER);

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Steward's staff directory has no one with that "
                + "identity");
        assertOnLoginPage();
        screenshot("sso-unknown-identity");
        assertNoSeriousAccessibilityViolations();
        page.navigate(loopbackUrl("training"));
        assertOnLoginPage();
    }

    private void signInAtProvider(String identity) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SIGN_IN_WITH)).click();
        page.getByLabel("Username").fill(identity);
        page.getByLabel("Password").fill(DemoOrganisation.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }
}
