package io.steward.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.steward.learning.NightlyCycle;
import io.steward.support.Browser;
import io.steward.support.BrowserTest;
import io.steward.support.PageChecks;
import io.steward.support.QuizTaker;
import io.steward.support.SignedIn;
import io.steward.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The quick start's first five minutes: the demo organisation with its thirteen months of history, played on a
 * database of its own exactly as the README's first command plays it, then every role's pages opened in the
 * browser. Each page is photographed (target/screenshots/tour-*) and checked as every journey checks its pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.servlet.session.cookie.secure=false",
        "steward.security.hsts=false"})
@ContextConfiguration(initializers = DemoTourIT.Setup.class)
@Import({DemoOrganisation.class, DemoHistory.class, DemoHistory.Clock.class, SignedIn.class, QuizTaker.class,
        NightlyCycle.class})
class DemoTourIT {

    /** A database, a mail server and a content folder of the tour's own, so that the other journeys see none of it. */
    static class Setup implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        static GreenMail mail;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = TestDatabase.url().replaceFirst("/[^/?]+(\\?.*)?$", "/steward_tour$1");
            try (var connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(),
                    TestDatabase.password()); var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS steward_tour");
                statement.execute("CREATE DATABASE steward_tour");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not make the tour's database: " + e.getMessage(), e);
            }
            mail = QuickStartMail.newServer();
            Path content;
            try {
                content = DemoHistory.prepare(Files.createTempDirectory("steward-tour").resolve("content"), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, Object> settings = new HashMap<>(QuickStartMail.settings(mail.getSmtp().getPort()));
            settings.put("spring.datasource.url", url);
            settings.put("spring.datasource.username", TestDatabase.user());
            settings.put("spring.datasource.password", TestDatabase.password());
            settings.put("steward.content.dir", content.toString());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("steward-tour", settings));
        }
    }

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcClient jdbc;

    private final List<String> problems = new ArrayList<>();

    @AfterAll
    static void stopMail() {
        Setup.mail.stop();
    }

    @Test
    void the_demo_organisation_has_a_past() {
        assertThat(count("SELECT COUNT(*) FROM completion")).isGreaterThan(150);
        assertThat(count("SELECT COUNT(DISTINCT DATE_FORMAT(completed_at, '%Y-%m')) FROM completion"))
                .as("months with completions").isGreaterThanOrEqualTo(11);
        assertThat(count("SELECT COUNT(*) FROM quiz_attempt WHERE passed = FALSE")).as("failed attempts")
                .isPositive();
        assertThat(count("""
                SELECT COUNT(*) FROM assignment_cycle WHERE reason = 'RECERTIFICATION'""")).as("renewals").isPositive();
        assertThat(count("SELECT COUNT(*) FROM notification_delivery WHERE kind = 'ESCALATION'")).as("escalations")
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM notification_delivery WHERE status = 'SENT'")).as("mails sent")
                .isGreaterThan(100);
        assertThat(count("SELECT COUNT(*) FROM notification_delivery WHERE status IN ('RETRY', 'FAILED')"))
                .as("mails refused").isZero();
        assertThat(count("SELECT COUNT(*) FROM employee WHERE NOT active")).as("leavers").isEqualTo(1);
        assertThat(count("""
                SELECT COUNT(*) FROM assignment a JOIN assignment_cycle c ON c.id = a.cycle_id
                WHERE c.outcome = 'COMPLETED' AND c.expires_at >= NOW() AND c.expires_at < NOW() + INTERVAL 30 DAY"""))
                .as("certificates about to expire").isPositive();
    }

    @Test
    void every_role_sees_a_believable_picture() {
        String overdue = String.valueOf(count("SELECT id FROM employee WHERE employee_number = 'E1024'"));
        tour(DemoOrganisation.EMPLOYEE, "training", "reminders", "my-data");
        tour(DemoOrganisation.MANAGER, "team", "team/person/" + overdue, "team/extra-attempts");
        tour(DemoOrganisation.HR, "compliance", "people", "people/" + overdue, "assignments", "notifications",
                "analysis", "retention", "content");
        tour(DemoOrganisation.AUTHOR, "content", "content/health", "analysis");
        tour(DemoOrganisation.AUDITOR, "compliance", "audit");
        assertThat(problems).isEmpty();
    }

    private void tour(String email, String... paths) {
        try (BrowserContext context = Browser.shared().newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(PageChecks.LAPTOP, 2000)
                        .setLocale("en-GB"))) {
            PageChecks checks = PageChecks.attach(context, url(""));
            Page page = context.newPage();
            BrowserTest.signInAs(page, url("login"), email);
            for (String path : paths) {
                page.navigate(url(path));
                assertThat(page.getByRole(AriaRole.HEADING).first()).isVisible();
                try {
                    checks.check(page);
                    BrowserTest.assertNoSeriousAccessibilityViolations(page);
                } catch (AssertionError problem) {
                    problems.add(email + " on " + path + ": " + problem.getMessage());
                }
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "screenshots")
                        .resolve("tour-" + email.substring(0, email.indexOf('@')) + "-" + path.replaceAll("\\W+", "-")
                                + ".png")));
            }
            checks.finish();
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
