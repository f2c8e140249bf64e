package io.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.base.EmployeeId;
import io.steward.directory.InvitationIssuer.IssuedInvitation;
import io.steward.directory.InvitationIssuer;
import io.steward.directory.NewcomersInvited;
import io.steward.notification.People.Person;
import io.steward.notification.domain.DeliveryLog;
import io.steward.notification.domain.MailPlanner;
import io.steward.reporting.ExpiryReminderRequested;
import io.steward.reporting.OverdueReminderRequested;
import io.steward.security.InvitationService;
import io.steward.security.PasswordRecoveryRequested;
import io.steward.support.IntegrationTest;
import io.steward.support.MutableClock;
import io.steward.support.SentMail;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reminders travel through a real SMTP server (GreenMail); time is moved by hand. */
@IntegrationTest
class NotificationDeliveryIntegrationTest {

    private static final String POLICY = "customer-data-acceptable-use";
    private static final String POLICY_TITLE = "Customer Data Acceptable Use Policy";
    private static final String ETHICS = "data-ethics-accountability";
    private static final String CONTROL = "giving-customers-control";
    private static final String INCIDENTS = "reporting-data-incidents";

    @Autowired
    private MailPlanner planner;
    @Autowired
    private InvitationIssuer links;
    @Autowired
    private InvitationService invitations;
    @Autowired
    private DeliveryLog deliveries;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private NotificationSettings settings;

    private final MutableClock clock = new MutableClock(Instant.parse("2031-03-05T09:00:00Z"));
    private Mailbox mailbox;
    private People people;

    @BeforeEach
    void start() {
        mailbox = new Mailbox();
        people = new People(jdbc);
    }

    @AfterEach
    void stop() {
        mailbox.close();
    }

    private Dispatcher dispatcher() {
        return new Dispatcher(planner, deliveries, jdbc, mailbox.sender(), links, settings, clock);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Instant daysAgo(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }

    @Test
    void each_kind_reaches_its_recipient_in_their_language_with_a_direct_link() {
        Person manager = people.add("Mia Manager", "en", null);
        Person person = people.add("Zoë <b>Weber</b> & Co", "de-DE", manager);
        people.assign(person, POLICY, clock.instant().minus(Duration.ofHours(1)), today().plusDays(30));
        people.assign(person, ETHICS, daysAgo(20), today().plusDays(7));
        people.assign(person, CONTROL, daysAgo(40), today().minusDays(3));
        people.completion(person, INCIDENTS, daysAgo(300), clock.instant().plus(Duration.ofDays(10)));

        dispatcher().run();

        Map<String, SentMail> mails = mailbox.to(person.email()).stream()
                .collect(Collectors.toMap(SentMail::subject, Function.identity()));
        assertThat(mails.keySet()).containsExactlyInAnyOrder(
                "Neue Schulung für Sie: " + POLICY_TITLE,
                "Data ethics and accountability in daily work ist in 7 Tagen fällig",
                "Überfällig: Giving customers control",
                "Ihre Zertifizierung für Recognising and reporting a data incident läuft bald ab");
        SentMail assigned = mails.get("Neue Schulung für Sie: " + POLICY_TITLE);
        assertThat(assigned.contentType()).startsWith("multipart/alternative");
        assertThat(assigned.text()).contains("Hallo Zoë <b>Weber</b> & Co,")
                .contains("bis zum 4. April 2031")
                .contains(settings.publicUrl() + "/learn/" + POLICY);
        assertThat(assigned.html()).contains("Hallo Zoë &lt;b&gt;Weber&lt;/b&gt; &amp; Co,")
                .doesNotContain("<b>Weber")
                .contains("<a href=\"" + settings.publicUrl() + "/learn/" + POLICY + "\">Modul öffnen</a>");
        assertThat(mails.get("Ihre Zertifizierung für Recognising and reporting a data incident läuft bald ab")
                .text()).contains(settings.publicUrl() + "/training");
        assertThat(mailbox.to(manager.email())).as("overdue for 3 days: still within the grace period").isEmpty();
    }

    @Test
    void due_reminders_go_on_the_configured_days_and_overdue_once() {
        Person person = people.add("Dana Due", "en", null);
        people.assign(person, POLICY, daysAgo(23), today().plusDays(7));

        dispatcher().run();
        clock.advance(Duration.ofDays(1));
        dispatcher().run();
        assertThat(subjects(person)).containsExactly(POLICY_TITLE + " is due in 7 days");

        clock.advance(Duration.ofDays(5));
        dispatcher().run();
        clock.advance(Duration.ofDays(2));
        dispatcher().run();
        clock.advance(Duration.ofDays(1));
        dispatcher().run();

        assertThat(subjects(person)).containsExactly(POLICY_TITLE + " is due in 7 days",
                POLICY_TITLE + " is due in 1 day", "Overdue: " + POLICY_TITLE);
    }

    @Test
    void a_reminder_for_an_assignment_completed_meanwhile_is_not_sent() {
        Person person = people.add("Cleo Complete", "en", null);
        long assignment = people.assign(person, POLICY, daysAgo(23), today().minusDays(1));
        mailbox.stop();
        dispatcher().run();
        people.complete(assignment);
        mailbox.start();
        clock.advance(Duration.ofHours(1));

        dispatcher().run();

        assertThat(mailbox.to(person.email())).isEmpty();
        assertThat(people.log(person)).containsExactly("OVERDUE:CANCELLED:1");
    }

    @Test
    void the_manager_gets_a_digest_after_the_grace_period_and_their_manager_after_the_second_period() {
        Person director = people.add("Dora Director", "en", null);
        Person manager = people.add("Max Manager", "en", director);
        Person late = people.add("Liam Late", "en", manager);
        Person onTime = people.add("Olga Ontime", "en", manager);
        people.assign(late, POLICY, daysAgo(40), today().minusDays(3));
        people.assign(onTime, POLICY, daysAgo(1), today().plusDays(20));

        dispatcher().run();
        assertThat(mailbox.to(manager.email())).isEmpty();

        clock.advance(Duration.ofDays(5));
        dispatcher().run();
        dispatcher().run();
        List<SentMail> digests = mailbox.to(manager.email());
        assertThat(digests).extracting(SentMail::subject).containsExactly("1 overdue training in your team");
        assertThat(digests.getFirst().text()).contains("more than 7 days overdue")
                .contains("Liam Late: " + POLICY_TITLE + ", due March 2, 2031 (8 days overdue)")
                .doesNotContain("Olga").contains(settings.publicUrl() + "/team");
        assertThat(mailbox.to(director.email())).isEmpty();

        clock.advance(Duration.ofDays(14));
        dispatcher().run();

        List<SentMail> escalations = mailbox.to(director.email());
        assertThat(escalations).extracting(SentMail::subject).containsExactly("1 long-overdue training in your area");
        assertThat(escalations.getFirst().text())
                .contains("Liam Late (team of Max Manager): " + POLICY_TITLE + ", due March 2, 2031 (22 days overdue)");
        assertThat(mailbox.to(manager.email())).as("a new digest each week").hasSize(2);
    }

    @Test
    void two_schedulers_racing_send_each_mail_exactly_once() throws Exception {
        Person manager = people.add("Rita Race", "en", null);
        List<Person> team = List.of(people.add("Ray One", "en", manager), people.add("Ray Two", "fr", manager),
                people.add("Ray Three", "de", manager));
        for (Person person : team) {
            people.assign(person, POLICY, daysAgo(2), today().plusDays(25));
            people.assign(person, ETHICS, daysAgo(40), today().minusDays(10));
            people.assign(person, CONTROL, daysAgo(30), today().plusDays(1));
        }
        Dispatcher first = dispatcher();
        Dispatcher second = dispatcher();
        CountDownLatch go = new CountDownLatch(1);

        RunOutcome one;
        RunOutcome two;
        // Two threads of their own (the common pool may have a single thread on a small machine).
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<RunOutcome> a = threads.submit(() -> await(go, first));
            Future<RunOutcome> b = threads.submit(() -> await(go, second));
            go.countDown();
            one = a.get();
            two = b.get();
        }
        dispatcher().run();

        Map<String, Long> copies = mailbox.received().stream()
                .collect(Collectors.groupingBy(m -> m.to() + " / " + m.subject(), Collectors.counting()));
        assertThat(copies).isNotEmpty().allSatisfy((mail, count) -> assertThat(count).as(mail).isEqualTo(1));
        for (Person person : team) {
            assertThat(mailbox.to(person.email())).hasSize(3);
            assertThat(people.log(person)).containsExactlyInAnyOrder("ASSIGNED:SENT:1", "OVERDUE:SENT:1",
                    "DUE_SOON:SENT:1");
        }
        assertThat(mailbox.to(manager.email())).hasSize(1);
        assertThat(one.sent() + two.sent()).isEqualTo(mailbox.received().size());
    }

    private List<String> subjects(Person person) {
        return mailbox.to(person.email()).stream().map(SentMail::subject).toList();
    }

    private static RunOutcome await(CountDownLatch go, Dispatcher dispatcher) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return dispatcher.run();
    }

    @Test
    void a_failed_send_is_kept_and_retried_later_then_delivered_once() {
        Person person = people.add("Fred Failure", "en", null);
        people.assign(person, POLICY, daysAgo(30), today().minusDays(1));
        mailbox.stop();

        RunOutcome down = dispatcher().run();

        assertThat(down.retrying()).isPositive();
        assertThat(people.log(person)).containsExactly("OVERDUE:RETRY:1");
        assertThat(deliveries.entries(new DeliveryFilter(DeliveryStatus.RETRY, NotificationKind.OVERDUE), 0, 1000))
                .filteredOn(e -> e.recipientEmail().equals(person.email())).singleElement()
                .satisfies(e -> {
                    assertThat(e.lastError()).isNotBlank();
                    assertThat(e.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
                });

        mailbox.start();
        dispatcher().run();
        assertThat(people.log(person)).as("not before its retry time").containsExactly("OVERDUE:RETRY:1");

        clock.advance(Duration.ofMinutes(5));
        dispatcher().run();
        dispatcher().run();

        assertThat(mailbox.to(person.email())).extracting(SentMail::subject).containsExactly("Overdue: " + POLICY_TITLE);
        assertThat(people.log(person)).containsExactly("OVERDUE:SENT:2");
    }

    @Test
    void a_mail_that_keeps_failing_ends_as_failed_with_its_reason() {
        Person person = people.add("Fiona Failing", "en", null);
        people.assign(person, POLICY, daysAgo(30), today().minusDays(1));
        mailbox.stop();

        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            dispatcher().run();
            clock.advance(Duration.ofDays(1));
        }
        mailbox.start();
        dispatcher().run();

        assertThat(people.log(person)).containsExactly("OVERDUE:FAILED:" + settings.maxAttempts());
        assertThat(mailbox.to(person.email())).isEmpty();
        assertThat(deliveries.entries(new DeliveryFilter(DeliveryStatus.FAILED, null), 0, 1000))
                .filteredOn(e -> e.recipientEmail().equals(person.email())).singleElement()
                .satisfies(e -> assertThat(e.lastError()).isNotBlank());
    }

    /** The listeners for other features' events, sending through this test's mail server, synchronously. */
    private MailTriggers triggers() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("dispatcher", dispatcher()));
        return new MailTriggers(planner, beans.getBeanProvider(Dispatcher.class), new SyncTaskExecutor(), clock);
    }

    @Test
    void a_managers_reminder_reaches_the_overdue_person_once_a_day() {
        Person person = people.add("Nina Nudge", "en", null);
        people.assign(person, POLICY, daysAgo(30), today().minusDays(2));
        people.assign(person, ETHICS, daysAgo(30), today().plusDays(20));
        OverdueReminderRequested request = new OverdueReminderRequested(new EmployeeId(person.id()),
                new EmployeeId(1), "Mia Manager");

        triggers().on(request);
        triggers().on(request);

        List<SentMail> mails = mailbox.to(person.email());
        assertThat(mails).extracting(SentMail::subject)
                .containsExactly("Mia Manager reminds you of your overdue training");
        assertThat(mails.getFirst().text()).contains("- " + POLICY_TITLE).doesNotContain("Data ethics");
        assertThat(people.log(person)).containsExactly("OVERDUE_REMINDER:SENT:1");
    }

    @Test
    void a_managers_expiry_reminder_lists_what_expires_and_goes_once_a_day() {
        Person person = people.add("Eve Expiring", "en", null);
        Instant soon = clock.instant().plus(Duration.ofDays(12));
        people.complete(people.assign(person, POLICY, daysAgo(360), today().minusDays(330)));
        people.complete(people.assign(person, ETHICS, daysAgo(360), today().minusDays(330)));
        jdbc.sql("UPDATE assignment SET completed_at = ?, expires_at = ? WHERE employee_id = ? AND module_id = ?")
                .params(Timestamp.from(daysAgo(353)), Timestamp.from(soon), person.id(), POLICY)
                .update();
        jdbc.sql("UPDATE assignment SET completed_at = ?, expires_at = ? WHERE employee_id = ? AND module_id = ?")
                .params(Timestamp.from(daysAgo(300)), Timestamp.from(daysAgo(-65)), person.id(),
                        ETHICS)
                .update();
        ExpiryReminderRequested request = new ExpiryReminderRequested(new EmployeeId(person.id()),
                new EmployeeId(1), "Mia Manager", clock.instant().plus(Duration.ofDays(30)));

        triggers().on(request);
        triggers().on(request);

        List<SentMail> mails = mailbox.to(person.email());
        assertThat(mails).extracting(SentMail::subject)
                .containsExactly("Mia Manager reminds you that your training expires soon");
        assertThat(mails.getFirst().text()).contains("- " + POLICY_TITLE + ", expires on March 17, 2031")
                .doesNotContain("Data ethics");
        assertThat(people.log(person)).containsExactly("EXPIRY_REMINDER:SENT:1");
    }

    @Test
    void an_invitation_is_mailed_with_its_link_and_logged_without_it() {
        Person person = people.add("Ivy Invited", "en", null);

        triggers().on(new NewcomersInvited(List.of(new IssuedInvitation(new EmployeeId(person.id()),
                "invitation/the-secret-token", clock.instant().plus(Duration.ofDays(14))))));

        assertThat(mailbox.to(person.email())).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Your Steward account is ready");
            assertThat(mail.text()).contains(settings.publicUrl() + "/invitation/the-secret-token")
                    .contains("March 19, 2031");
        });
        assertThat(people.log(person)).containsExactly("INVITATION:SENT:1");
        assertThat(jdbc.sql("SELECT CONCAT(body_text, body_html) FROM notification_delivery WHERE recipient_id = ?")
                .param(person.id()).query(String.class).single()).doesNotContain("the-secret-token");
    }

    @Test
    void a_failed_invitation_is_tried_again_later_with_a_new_link() {
        Person person = people.add("Ian Invited", "en", null);
        mailbox.stop();

        triggers().on(new NewcomersInvited(List.of(new IssuedInvitation(new EmployeeId(person.id()),
                "invitation/another-secret", clock.instant().plus(Duration.ofDays(14))))));
        assertThat(people.log(person)).containsExactly("INVITATION:RETRY:1");
        mailbox.start();
        clock.advance(Duration.ofDays(1));
        dispatcher().run();

        assertThat(people.log(person)).containsExactly("INVITATION:SENT:2");
        List<SentMail> received = mailbox.to(person.email());
        assertThat(received).hasSize(1);
        Matcher link = Pattern.compile("/invitation/([A-Za-z0-9_-]+)").matcher(received.getFirst().text());
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).as("a new link, not the one never delivered").isNotEqualTo("another-secret");
        assertThat(invitations.findInvitee(link.group(1))).as("and it works").isPresent();
        assertThat(jdbc.sql("SELECT CONCAT(body_text, body_html) FROM notification_delivery WHERE recipient_id = ?")
                .param(person.id()).query(String.class).single()).doesNotContain(link.group(1), "another-secret");
    }

    @Test
    void a_new_password_link_is_mailed_at_once_and_logged_without_it() {
        Person person = people.add("Rhea Recovering", "de", null);

        triggers().on(new PasswordRecoveryRequested(new EmployeeId(person.id()), "invitation/a-recovery-secret",
                clock.instant().plus(Duration.ofMinutes(30))));

        assertThat(mailbox.to(person.email())).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Neues Steward-Passwort wählen");
            assertThat(mail.text()).contains(settings.publicUrl() + "/invitation/a-recovery-secret")
                    .contains("30 Minuten");
        });
        assertThat(people.log(person)).containsExactly("PASSWORD_RESET:SENT:1");
        assertThat(jdbc.sql("SELECT CONCAT(body_text, body_html) FROM notification_delivery WHERE recipient_id = ?")
                .param(person.id()).query(String.class).single()).doesNotContain("a-recovery-secret");
    }
}
