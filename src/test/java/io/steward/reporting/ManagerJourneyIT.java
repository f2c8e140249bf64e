package io.steward.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.steward.demo.DemoOrganisation;
import io.steward.notification.JourneyMailServer;
import io.steward.support.ApplicationClock;
import io.steward.support.BrowserTest;
import io.steward.support.ClickCounter;
import io.steward.support.SentMail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The manager's journey: from My team to a reminder sent to everyone overdue, through a real mail server, on a
 * wide screen and on a phone. Each run happens on a day of its own (the application's clock moved ahead), so
 * that the once-a-day rule of another test's reminder does not apply.
 */
class ManagerJourneyIT extends BrowserTest {

    /** Clicks from My team to the reminders sent: the overdue figure, "Select everyone listed", "Remind selected". */
    private static final int MOST_CLICKS = 3;
    /**
     * How many days ahead the last run was; each run goes further, whichever runs first, since a reminder's day
     * lasts 24 hours from when it was sent.
     */
    private static final AtomicInteger DAYS_AHEAD = new AtomicInteger();

    @Autowired
    private ApplicationClock clock;
    @Autowired
    private ConfigurableApplicationContext application;
    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void a_manager_reminds_everyone_overdue_from_my_team_on_a_wide_screen() {
        remindEveryoneOverdue(1280, 800, "wide");
    }

    @Test
    void a_manager_reminds_everyone_overdue_from_my_team_on_a_phone() {
        remindEveryoneOverdue(390, 844, "phone");
    }

    private void remindEveryoneOverdue(int width, int height, String screen) {
        clock.travelTo(Instant.now().plus(Duration.ofDays(DAYS_AHEAD.addAndGet(2))));
        try (JourneyMailServer mail = new JourneyMailServer(application)) {
            ClickCounter.install(context);
            // Signed in on the wide screen: on a phone the menu, with "Sign out", is folded away.
            signInAs(DemoOrganisation.MANAGER);
            page.setViewportSize(width, height);
            page.navigate(url("team"));
            ClickCounter.reset(page);
            Locator list = page.getByRole(AriaRole.LIST, named("People who need a reminder"));
            assertThat(list).isVisible();
            assertThat(list.getByText(Pattern.compile("^overdue by \\d+ days \\(due .+\\)$")).first()).isVisible();
            assertNoSeriousAccessibilityViolations();
            screenshot("manager-1-needs-action-" + screen);

            Locator overdue = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("Overdue$")));
            assertThat(overdue).hasAttribute("aria-pressed", "false");
            overdue.click();
            assertThat(overdue).hasAttribute("aria-pressed", "true");
            assertThat(list.getByText(Pattern.compile("^expires "))).hasCount(0);
            List<String> people = list.getByRole(AriaRole.LINK).allInnerTexts();
            assertThat(people).as("the demo has overdue people in Maria Lopez's line").isNotEmpty()
                    .doesNotContain("Ella Murphy");
            page.getByRole(AriaRole.CHECKBOX, named("Select everyone listed")).check();
            for (String person : people) {
                assertThat(page.getByRole(AriaRole.CHECKBOX, named("Select " + person))).isChecked();
            }
            page.getByRole(AriaRole.BUTTON, named("Remind selected")).click();

            assertThat(page.getByText(people.size() == 1 ? "1 reminder sent or queued."
                    : people.size() + " reminders sent or queued.")).isVisible();
            int clicks = ClickCounter.count(page);
            for (String person : people) {
                assertThat(list.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(person)))
                        .containsText("Reminded today");
                assertThat(mail.to(emailOf(person))).as("mails to " + person).extracting(SentMail::subject)
                        .containsExactly("Maria Lopez reminds you of your overdue training");
            }
            assertNoSeriousAccessibilityViolations();
            screenshot("manager-2-reminded-" + screen);
            assertThat(clicks).as("clicks from My team to the reminders sent").isLessThanOrEqualTo(MOST_CLICKS);

            overdue.click();
            assertThat(overdue).hasAttribute("aria-pressed", "false");
            page.getByRole(AriaRole.CHECKBOX, named("Select " + people.getFirst())).check();
            page.getByRole(AriaRole.BUTTON, named("Remind selected")).click();
            assertThat(page.getByText("No reminder sent; 1 person skipped: already reminded today.")).isVisible();
            assertThat(mail.to(emailOf(people.getFirst()))).as("still one mail").hasSize(1);
        }
    }

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private String emailOf(String name) {
        return jdbc.sql("SELECT email FROM employee WHERE display_name = ?").param(name).query(String.class).single();
    }
}
