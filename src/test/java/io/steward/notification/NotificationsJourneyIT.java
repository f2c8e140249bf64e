package io.steward.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.DirectoryService;
import io.steward.notification.domain.ClaimedMail;
import io.steward.notification.domain.DeliveryLog;
import io.steward.notification.domain.MailComposer.Composed;
import io.steward.notification.domain.MailDraft;
import io.steward.support.BrowserTest;
import java.time.Clock;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** HR reads the delivery log and previews the next run; an employee sees the mails sent to them. */
class NotificationsJourneyIT extends BrowserTest {

    @Autowired
    private DeliveryLog deliveries;
    @Autowired
    private DirectoryService directory;
    @Autowired
    private Clock clock;
    @Autowired
    private JdbcClient jdbc;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void hr_sees_a_sent_and_a_failed_mail_with_its_reason_and_the_employee_sees_theirs() {
        long sam = directory.findSignInAccount(DemoOrganisation.EMPLOYEE).orElseThrow().id().value();
        deliveries.plan(mail(sam, "journey-sent", "Overdue: Journey module"), clock.instant());
        deliveries.sent(claim("journey-sent"), clock.instant());
        deliveries.plan(mail(sam, "journey-failed", "Due soon: Journey module"), clock.instant());
        deliveries.failed(claim("journey-failed"), "Connection refused: mail.example.com:587", clock.instant(),
                null);

        signInAs(DemoOrganisation.HR);
        page.navigate(url("notifications"));
        assertThat(page.getByText("No mail server is configured")).isVisible();
        assertThat(page.getByRole(AriaRole.GRIDCELL, named("Overdue: Journey module"))).isVisible();
        page.getByRole(AriaRole.COMBOBOX, named("Status")).click();
        Locator failed = page.getByRole(AriaRole.LISTBOX, named("Status")).getByRole(AriaRole.OPTION,
                new Locator.GetByRoleOptions().setName("Failed").setExact(true));
        assertThat(failed).isVisible();
        assertNoSeriousAccessibilityViolations(); // with the list of options open: it has its field's name
        failed.click();
        assertThat(page.getByRole(AriaRole.GRIDCELL, named("Overdue: Journey module"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.GRIDCELL, named("Connection refused: mail.example.com:587")))
                .isVisible();
        assertNoSeriousAccessibilityViolations();
        screenshot("notifications-1-log");

        page.getByRole(AriaRole.BUTTON, named("Preview the next run")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName(Pattern.compile("The next run would send \\d+ e-mails")))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Send due notifications now"))).isDisabled();
        screenshot("notifications-2-preview");

        page.getByRole(AriaRole.BUTTON, named("Sign out")).click();
        assertOnLoginPage();
        signInAs(DemoOrganisation.EMPLOYEE);
        page.getByRole(AriaRole.LINK, named("My reminders")).click();
        assertThat(page.getByRole(AriaRole.GRIDCELL, named("Overdue: Journey module"))).isVisible();
        assertThat(page.getByText("Before a due date: 7 days and 1 day before.")).isVisible();
        assertNoSeriousAccessibilityViolations();
        screenshot("notifications-3-my-reminders");
    }

    private static MailDraft mail(long recipient, String occasion, String subject) {
        return new MailDraft(NotificationKind.OVERDUE, recipient, 0, occasion, DemoOrganisation.EMPLOYEE,
                new Composed(subject, "text", "<p>html</p>"));
    }

    private ClaimedMail claim(String occasion) {
        long id = jdbc.sql("SELECT id FROM notification_delivery WHERE occasion = ?").param(occasion)
                .query(Long.class).single();
        return deliveries.claim(id, clock.instant(), clock.instant()).orElseThrow();
    }
}
