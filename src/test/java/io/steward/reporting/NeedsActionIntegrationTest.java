package io.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.steward.content.ContentService;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.Audience;
import io.steward.directory.importing.DirectoryImportService;
import io.steward.directory.importing.ImportMode;
import io.steward.learning.AssignmentRequest;
import io.steward.learning.AssignmentService;
import io.steward.reporting.NeedsAction.Reason;
import io.steward.reporting.NeedsAction.Row;
import io.steward.reporting.domain.Criteria;
import io.steward.reporting.domain.NeedsActionQuery;
import io.steward.support.IntegrationTest;
import io.steward.support.QuizTaker;
import io.steward.support.SignedIn;
import io.steward.support.StaffLists;
import io.steward.support.TestContent;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * "Needs action" on My team: a manager's people who are overdue (the longest overdue first) and then those whose
 * completion expires within 30 days (the soonest first), each once, and never another manager's people. A team
 * of its own, so that every position in the list is known.
 */
@IntegrationTest
@RecordApplicationEvents
class NeedsActionIntegrationTest {

    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ContentService content;
    @Autowired
    private DirectoryImportService imports;
    @Autowired
    private ReportingService reports;
    @Autowired
    private NeedsActionQuery needsAction;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private QuizTaker quizzes;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ApplicationEvents events;

    private final String unique = Long.toString(System.nanoTime(), 36);
    private final String department = "Needs " + unique;
    private final String first = "needs-first-" + unique;
    private final String second = "needs-second-" + unique;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    /** When the overdue modules were due. */
    private final LocalDate due = today.minusDays(40);

    @AfterEach
    void leave() {
        staff(false);
    }

    @Test
    void overdue_people_come_first_then_the_soonest_expiring_and_only_the_managers_own() {
        buildTheTeam();
        try (var manager = signedIn.as(email("m"))) {
            List<Row> rows = reports.myTeamNeedsAction(null).rows();
            assertThat(rows).extracting(Row::displayName).containsExactly(name("a"), name("e"), name("b"),
                    name("c"), name("d"));
            assertThat(rows.get(0)).satisfies(a -> {
                assertThat(a.reason()).isEqualTo(Reason.OVERDUE);
                assertThat(a.date()).isEqualTo(due);
                assertThat(a.days()).isEqualTo(40);
                assertThat(a.otherModules()).as("the second module is overdue too").isEqualTo(1);
                assertThat(a.moduleTitle()).as("the title, not the id").isEqualTo("First " + unique);
                assertThat(a.remindedToday()).isFalse();
            });
            assertThat(rows.get(1).otherModules()).as("e's first module expires, counted too").isEqualTo(1);
            assertThat(rows.get(2)).extracting(Row::reason, Row::days, Row::otherModules)
                    .containsExactly(Reason.OVERDUE, 3L, 0);
            assertThat(rows.get(3)).satisfies(c -> {
                assertThat(c.reason()).isEqualTo(Reason.EXPIRING);
                assertThat(c.date()).isEqualTo(today.plusDays(10));
                assertThat(c.days()).isEqualTo(10);
                assertThat(c.otherModules()).isEqualTo(1);
            });
            assertThat(rows.get(4)).extracting(Row::date, Row::days).containsExactly(today.plusDays(20), 20L);
            assertThat(reports.myTeamNeedsAction(null).more()).isZero();

            assertThat(reports.myTeamNeedsAction(Reason.OVERDUE).rows()).extracting(Row::displayName)
                    .containsExactly(name("a"), name("e"), name("b"));
            assertThat(reports.myTeamNeedsAction(Reason.EXPIRING).rows()).extracting(Row::displayName)
                    .as("e expires soonest of all").containsExactly(name("e"), name("c"), name("d"));
        }
        try (var other = signedIn.as(email("n"))) {
            assertThat(reports.myTeamNeedsAction(null).rows()).extracting(Row::displayName)
                    .containsExactly(name("g"));
        }
    }

    @Test
    void the_list_is_bounded_and_counts_the_rest() {
        buildTheTeam();
        long manager = idOf(email("m"));
        NeedsActionQuery.Page page = needsAction.find(Criteria.below(manager, ReportFilter.none(), Instant.now(),
                today), true, true, 2);
        assertThat(page.lines()).extracting(NeedsActionQuery.Line::displayName).containsExactly(name("a"), name("e"));
        assertThat(page.people()).isEqualTo(5);
    }

    @Test
    void remind_selected_sends_one_reminder_each_once_a_day_and_the_list_says_so() {
        buildTheTeam();
        try (var manager = signedIn.as(email("m"))) {
            long b = idOf(email("b"));
            long c = idOf(email("c"));
            assertThat(reports.remind(List.of(b, c, b))).isEqualTo(new Reminders(2, 0, 0));
            assertThat(events.stream(OverdueReminderRequested.class).filter(r -> r.person().value() == b))
                    .hasSize(1);
            assertThat(events.stream(ExpiryReminderRequested.class).filter(r -> r.person().value() == c))
                    .singleElement().satisfies(r -> assertThat(r.before()).isAfter(Instant.now().plusSeconds(
                            29L * 24 * 3600)));

            assertThat(reports.remind(List.of(b, idOf(email("g")), idOf(email("f")))))
                    .as("b today already; g another manager's; f has nothing due").isEqualTo(new Reminders(0, 1, 2));
            assertThat(reports.myTeamNeedsAction(null).rows()).extracting(Row::displayName, Row::remindedToday)
                    .containsExactly(tuple(name("a"), false), tuple(name("e"), false), tuple(name("b"), true),
                            tuple(name("c"), true), tuple(name("d"), false));
        }
        try (var employee = signedIn.as(DemoOrganisation.EMPLOYEE)) {
            assertThatThrownBy(() -> reports.myTeamNeedsAction(null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.remind(List.of(1L))).isInstanceOf(AccessDeniedException.class);
        }
    }

    /**
     * Manager m's line: a (both modules overdue since {@link #due}), b (one overdue by 3 days, the other
     * completed), c (both completed, expiring in 10 days), d (one expiring in 20 days, one completed), e (one
     * overdue, one expiring in 5 days), f (both completed). Manager n's: g (overdue). Built today, so that no
     * past month changes: completed through the real services, then dated as if done a year ago.
     */
    private void buildTheTeam() {
        TestContent.writeModule(first, TestContent.yearlyQuiz(first, "First " + unique, "1.0.0"));
        TestContent.writeModule(second, TestContent.yearlyQuiz(second, "Second " + unique, "1.0.0"));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
        staff(true);
        List.of("m", "n", "a", "b", "c", "d", "e", "f", "g").forEach(p -> signedIn.givePassword(number(p)));
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            for (String module : List.of(first, second)) {
                assignments.assign(new AssignmentRequest(module, new Audience(Audience.Type.DEPARTMENTS,
                        List.of(department)), null, 30, null));
            }
        }
        pass("c", first, second);
        pass("d", first, second);
        pass("e", first);
        pass("b", second);
        pass("f", first, second);
        expiresIn("c", first, 10);
        expiresIn("c", second, 10);
        expiresIn("d", first, 20);
        expiresIn("e", first, 5);
        for (String person : List.of("a", "e", "g")) {
            dueOn(person, second, due);
        }
        dueOn("a", first, due);
        dueOn("g", first, due);
        dueOn("b", first, today.minusDays(3));
    }

    private void pass(String person, String... modules) {
        for (String module : modules) {
            assertThat(quizzes.pass(email(person), module).passed()).isTrue();
        }
    }

    /** The person's module due on another day, as HR changing the due date would leave it. */
    private void dueOn(String person, String module, LocalDate day) {
        assertThat(jdbc.sql("""
                UPDATE assignment a JOIN assignment_cycle c ON c.id = a.cycle_id
                SET a.due_date = :day, c.due_date = :day
                WHERE a.employee_id = :person AND a.module_id = :module""")
                .param("day", day).param("person", idOf(email(person))).param("module", module)
                .update()).isPositive();
    }

    /** The person's completion of the module valid until noon, {@code days} from today, as if passed long ago. */
    private void expiresIn(String person, String module, int days) {
        Timestamp until = Timestamp.from(today.plusDays(days).atTime(12, 0).toInstant(ZoneOffset.UTC));
        long id = idOf(email(person));
        assertThat(jdbc.sql("""
                UPDATE assignment a JOIN assignment_cycle c ON c.id = a.cycle_id
                SET a.expires_at = :until, c.expires_at = :until
                WHERE a.employee_id = :person AND a.module_id = :module""")
                .param("until", until).param("person", id).param("module", module).update()).isPositive();
        jdbc.sql("UPDATE completion SET expires_at = :until WHERE employee_id = :person AND module_id = :module")
                .param("until", until).param("person", id).param("module", module).update();
    }

    private void staff(boolean active) {
        String hired = "2020-01-06";
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            imports.importStaffList(StaffLists.file(List.of(
                    StaffLists.row(number("m"), email("m"), name("m"), department, "", "MANAGER", "en", hired, active),
                    StaffLists.row(number("n"), email("n"), name("n"), department, "", "MANAGER", "en", hired, active),
                    row("a", "m", hired, active), row("b", "m", hired, active), row("c", "m", hired, active),
                    row("d", "m", hired, active), row("e", "m", hired, active), row("f", "m", hired, active),
                    row("g", "n", hired, active))), ImportMode.PARTIAL);
        }
    }

    private String row(String person, String manager, String hired, boolean active) {
        return StaffLists.row(number(person), email(person), name(person), department, number(manager), "", "en",
                hired, active);
    }

    private long idOf(String email) {
        return jdbc.sql("SELECT id FROM employee WHERE email = ?").param(email).query(Long.class).single();
    }

    private String number(String person) {
        return "N" + unique + person;
    }

    private String email(String person) {
        return "n" + unique + person + "@example.com";
    }

    private String name(String person) {
        return "Needs " + person;
    }
}
