package io.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.base.EmployeeId;
import io.steward.base.Retention;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.DirectoryService;
import io.steward.directory.InvitationIssuer;
import io.steward.notification.People.Person;
import io.steward.notification.domain.DeliveryLog;
import io.steward.notification.domain.MailComposer.Composed;
import io.steward.notification.domain.MailDraft;
import io.steward.notification.domain.MailPlanner;
import io.steward.support.IntegrationTest;
import io.steward.support.MutableClock;
import io.steward.support.SentMail;
import io.steward.support.SignedIn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class NotificationServiceIntegrationTest {

    @Autowired
    private NotificationService notifications;
    @Autowired
    private MailPlanner planner;
    @Autowired
    private InvitationIssuer links;
    @Autowired
    private DeliveryLog deliveries;
    @Autowired
    private DirectoryService directory;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private NotificationSettings settings;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private Clock clock;
    @Autowired
    @Qualifier("deliveryLogTask")
    private Retention.Task retention;
    @Autowired
    private ReminderRecords records;

    @Test
    void the_dry_run_lists_what_the_next_run_sends_and_sends_nothing() {
        People people = new People(jdbc);
        Person person = people.add("Paula Preview", "en", null);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        people.assign(person, "transparency", clock.instant().minus(Duration.ofHours(2)), today.plusDays(30));
        int logged = deliveries.count(DeliveryFilter.none());

        List<PlannedMail> preview;
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            preview = notifications.preview();
            assertThat(notifications.mailConfigured()).as("no mail server in the tests' shared context").isFalse();
            assertThat(notifications.sendNow()).isEqualTo(RunOutcome.NOTHING);
        }

        assertThat(preview).filteredOn(m -> m.recipientEmail().equals(person.email())).singleElement()
                .satisfies(m -> {
                    assertThat(m.kind()).isEqualTo(NotificationKind.ASSIGNED);
                    assertThat(m.subject()).startsWith("New training for you: ");
                    assertThat(m.retry()).isFalse();
                });
        assertThat(deliveries.count(DeliveryFilter.none())).isEqualTo(logged);
        assertThat(people.log(person)).isEmpty();

        try (Mailbox mailbox = new Mailbox()) {
            new Dispatcher(planner, deliveries, jdbc, mailbox.sender(), links, settings,
                    new MutableClock(clock.instant())).run();
            assertThat(mailbox.to(person.email())).extracting(SentMail::subject)
                    .containsExactly(preview.stream().filter(m -> m.recipientEmail().equals(person.email()))
                            .findFirst().orElseThrow().subject());
        }
    }

    @Test
    void people_see_only_the_mails_sent_to_them_and_only_hr_sees_the_log() {
        long employee = directory.findSignInAccount(DemoOrganisation.EMPLOYEE).orElseThrow().id().value();
        deliveries.plan(new MailDraft(NotificationKind.OVERDUE_REMINDER, employee, 0, "test-" + System.nanoTime(),
                DemoOrganisation.EMPLOYEE, new Composed("A reminder for Sam", "text", "<p>html</p>")),
                clock.instant());

        try (var sam = signedIn.as(DemoOrganisation.EMPLOYEE)) {
            assertThat(notifications.myReminders()).extracting(MyReminder::subject).contains("A reminder for Sam");
            assertThat(notifications.reminderSchedule().dueDaysBefore()).containsExactly(7, 1);
            assertThatThrownBy(() -> notifications.deliveries(DeliveryFilter.none(), 0, 10))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(notifications::sendNow).isInstanceOf(AccessDeniedException.class);
        }
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            assertThat(notifications.myReminders()).extracting(MyReminder::subject)
                    .doesNotContain("A reminder for Sam");
        }
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assertThat(notifications.deliveries(new DeliveryFilter(DeliveryStatus.PENDING,
                    NotificationKind.OVERDUE_REMINDER), 0, 1000)).extracting(DeliveryEntry::subject)
                    .contains("A reminder for Sam");
        }
        assertThat(records.recordsOf(new EmployeeId(employee)))
                .anySatisfy(row -> assertThat(row).startsWith("OVERDUE_REMINDER", "A reminder for Sam", "PENDING"));
    }

    @Test
    void finished_entries_older_than_the_retention_period_are_deleted_in_chunks_and_waiting_ones_kept() {
        People people = new People(jdbc);
        Person person = people.add("Rhea Retention", "en", null);
        Instant longAgo = Instant.parse("2001-01-10T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            deliveries.plan(new MailDraft(NotificationKind.OVERDUE, person.id(), i, "old",
                    person.email(), new Composed("old " + i, "t", "h")), longAgo);
        }
        deliveries.plan(new MailDraft(NotificationKind.OVERDUE, person.id(), 9, "waiting",
                person.email(), new Composed("waiting", "t", "h")), longAgo);
        jdbc.sql("UPDATE notification_delivery SET status = 'SENT' WHERE recipient_id = ? AND occasion = 'old'")
                .param(person.id()).update();
        Instant now = Instant.parse("2002-01-11T10:00:00Z");

        assertThat(retention.expired(now)).isEqualTo(3);
        assertThat(retention.apply(now, 2)).isEqualTo(2);
        assertThat(retention.apply(now, 2)).isEqualTo(1);
        assertThat(retention.apply(now, 2)).isZero();
        assertThat(retention.expired(Instant.parse("2002-01-09T10:00:00Z"))).isZero();
        assertThat(people.log(person)).containsExactly("OVERDUE:PENDING:0");
    }
}
