package io.steward.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.steward.demo.DemoOrganisation;
import io.steward.support.BrowserTest;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.ServletContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SignInIT extends BrowserTest {

    @Autowired
    private ServletContext servletContext;
    @Autowired
    private JdbcClient jdbc;

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of(DemoOrganisation.EMPLOYEE, "My training",
                        List.of("My training", "My reminders", "My data")),
                Arguments.of(DemoOrganisation.MANAGER, "My team",
                        List.of("My training", "My reminders", "My data", "My team")),
                Arguments.of(DemoOrganisation.HR, "Compliance", List.of("My training", "My reminders", "My data",
                        "Compliance", "Assignments", "Content", "Question analysis", "People", "Notifications",
                        "Retention", "API tokens")),
                Arguments.of(DemoOrganisation.AUTHOR, "Content",
                        List.of("My training", "My reminders", "My data", "Content", "Question analysis")),
                Arguments.of(DemoOrganisation.AUDITOR, "Compliance",
                        List.of("My training", "My reminders", "My data", "Compliance", "Audit trail")));
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @MethodSource("roles")
    void each_role_sees_exactly_its_menu_and_home_view(String email, String home, List<String> menu) {
        signInAs(email);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(home).setLevel(1)))
                .isVisible();
        Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"));
        assertThat(nav.getByRole(AriaRole.LINK)).hasCount(menu.size());
        for (String entry : menu) {
            // an entry's name may go on with its badge ("My training 2 overdue modules")
            assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName(Pattern.compile("^" + entry + "( [0-9]+ [a-z ]+)?$")))).isVisible();
        }
        screenshot("home-" + email.substring(0, email.indexOf('@')));
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void sessions_ended_on_another_instance_end_here_too() {
        signInAs("zoe.dubois@example.com");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My training").setLevel(1)))
                .isVisible();

        // What another instance writes when it deactivates the person, changes their roles or their password.
        jdbc.sql("""
                INSERT INTO session_revocation (employee_id, revoked_at)
                SELECT id, :now FROM employee WHERE email = 'zoe.dubois@example.com'
                ON DUPLICATE KEY UPDATE revoked_at = :now""").param("now", Timestamp.from(Instant.now())).update();
        page.navigate(url("training"));

        assertOnLoginPage();
        // A new sign-in after it is a new session, and stays.
        signInAs("zoe.dubois@example.com");
        page.navigate(url("training"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My training").setLevel(1)))
                .isVisible();
    }

    @Test
    void a_forgotten_password_gets_the_same_answer_for_any_address() {
        page.navigate(url("login"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forgot password?")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Forgotten password")))
                .isVisible();
        page.getByLabel("Email").fill("nobody-here@example.com");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("If Steward has an account for that address");
        screenshot("forgotten-password");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void wrong_password_shows_an_error_and_stays_signed_out() {
        signIn(DemoOrganisation.EMPLOYEE, "not-the-right-password");

        assertThat(page.getByText("Check your email and password and try again.")).isVisible();
        assertOnLoginPage();
        page.navigate(url("training"));
        assertOnLoginPage();
    }

    @Test
    void repeated_failures_lock_the_account_for_a_while_without_saying_whether_it_exists() {
        for (String account : List.of("ben.carter@example.com", "nobody-here@example.com")) {
            for (int i = 0; i < 5; i++) {
                signIn(account, "wrong-password-" + i);
                assertThat(page.getByText("Check your email and password and try again.")).isVisible();
            }
            signIn(account, DemoOrganisation.PASSWORD);
            assertThat(page.getByText("too many failed sign-in attempts")).isVisible();
            assertOnLoginPage();
        }
    }

    @Test
    void login_page_has_no_serious_accessibility_violations() {
        page.navigate(url("login"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void every_registered_route_sends_an_anonymous_visitor_to_the_login_page() {
        List<RouteData> routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getRegisteredRoutes();
        assertThat(routes).filteredOn(route -> route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class))
                .extracting(RouteData::getTemplate).as("the only public pages")
                .containsExactlyInAnyOrder("login", "verify/:code?", "invitation/:token", "account/recover");
        List<String> paths = routes.stream()
                .filter(route -> !route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class))
                .map(route -> withSampleParameters(route.getTemplate()))
                .toList();
        assertThat(paths).as("registered routes").contains("", "training", "team", "compliance", "content",
                "people", "people/import", "api-tokens", "analysis", "notifications", "reminders");

        for (String path : paths) {
            page.navigate(url(path));
            assertOnLoginPage();
        }
    }

    @Test
    void an_invitation_link_is_open_to_visitors_and_says_plainly_when_it_is_not_valid() {
        page.navigate(url("invitation/not-a-real-token"));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Set your password")))
                .isVisible();
        assertThat(page.getByText("This link is not valid any more")).isVisible();
    }

    @Test
    void signing_out_ends_the_session() {
        signInAs(DemoOrganisation.MANAGER);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

        assertOnLoginPage();
        page.navigate(url("team"));
        assertOnLoginPage();
    }

    @Test
    void an_unexpected_error_shows_an_apology_and_a_reference_but_never_the_exception() {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)));
        routes.setRoute(FailingPage.PATH, FailingPage.class);
        try {
            signInAs(DemoOrganisation.EMPLOYEE);
            page.navigate(url(FailingPage.PATH));

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Something went wrong")))
                    .isVisible();
            assertThat(page.getByText(Pattern.compile("tell your administrator the reference [0-9a-f]{8}\\.")))
                    .isVisible();
            assertThat(page.locator("body")).not().containsText("IllegalStateException");
            assertThat(page.locator("body")).not().containsText(FailingPage.DETAIL);
            screenshot("error-page");
            assertNoSeriousAccessibilityViolations();
        } finally {
            routes.removeRoute(FailingPage.PATH);
        }
    }

    /** A page that fails as a bug would, with a message that must never reach the screen. */
    @PermitAll
    public static class FailingPage extends Div implements BeforeEnterObserver {

        static final String PATH = "error-probe";
        static final String DETAIL = "SELECT password_hash FROM credential";

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException(DETAIL);
        }
    }

    /** Route templates such as {@code learn/:moduleId/result/:attemptId([0-9]{1,18})} get a sample value. */
    private static String withSampleParameters(String template) {
        return template.replaceAll(":[^/(]+(\\([^)]*\\))?", "1");
    }
}
