package io.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.content.ContentService;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.Audience;
import io.steward.directory.importing.DirectoryImportService;
import io.steward.directory.importing.ImportMode;
import io.steward.learning.AssignmentRequest;
import io.steward.learning.AssignmentService;
import io.steward.support.ApplicationClock;
import io.steward.support.IntegrationTest;
import io.steward.support.QuizTaker;
import io.steward.support.SignedIn;
import io.steward.support.StaffLists;
import io.steward.support.TestContent;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Expiring in the next 30 days" follows each person's latest completion: a module completed again while it was
 * still valid renews it, from that moment on and not before, today and as of any past day. Five people, the
 * fewest a figure is shown for; the filter's due-date range (which every assignment is in) keeps the pages from
 * storing closed months of a past the test writes as it goes.
 */
@IntegrationTest
class ExpiringSoonIntegrationTest {

    @Autowired
    private ApplicationClock clock;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ContentService content;
    @Autowired
    private DirectoryImportService imports;
    @Autowired
    private ReportingService reports;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private QuizTaker quizzes;

    private final String unique = Long.toString(System.nanoTime(), 36);
    private final String department = "Expiring " + unique;
    private final String module = "expiring-" + unique;
    private final int year = LocalDate.now().getYear() - 2;
    private final List<String> people = List.of("a", "b", "c", "d", "e");

    @AfterEach
    void backToToday() {
        clock.reset();
        staff(false);
    }

    @Test
    void a_module_completed_again_is_valid_until_the_new_completion_expires() {
        on(LocalDate.of(year, 1, 2));
        TestContent.writeModule(module, TestContent.yearlyQuiz(module, "Expiring " + unique, "1.0.0"));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
        staff(true);
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assignments.assign(new AssignmentRequest(module, new Audience(Audience.Type.DEPARTMENTS,
                    List.of(department)), null, 30, null));
        }
        people.forEach(person -> signedIn.givePassword(number(person)));
        on(LocalDate.of(year, 1, 10));
        for (String person : List.of("a", "b")) {
            assertThat(quizzes.pass(email(person), module).passed()).isTrue(); // valid until 10 January next year
        }
        on(LocalDate.of(year, 2, 20));
        assertThat(quizzes.pass(email("c"), module).passed()).isTrue(); // valid until 20 February next year
        on(LocalDate.of(year, 12, 28));
        assertThat(quizzes.pass(email("a"), module).passed()).isTrue(); // early: valid until 28 December next year
        on(LocalDate.of(year + 1, 1, 2));

        assertThat(expiring(LocalDate.of(year, 12, 20))).as("both, before a renewed").isEqualTo(2);
        assertThat(expiring(LocalDate.of(year, 12, 31))).as("b only, after a renewed").isEqualTo(1);
        assertThat(expiring(null)).as("b only, today").isEqualTo(1);
        assertThat(expiring(LocalDate.of(year, 11, 30))).as("nobody: 10 January is 41 days on").isZero();
    }

    private long expiring(LocalDate asOf) {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            Headline headline = reports.compliance(new ReportFilter(department, module, null,
                    LocalDate.of(2000, 1, 1), null, null, asOf), 10).headline();
            assertThat(headline.suppressed()).isFalse();
            return headline.expiringSoon();
        }
    }

    private void staff(boolean active) {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            imports.importStaffList(StaffLists.file(people.stream().map(p -> StaffLists.row(number(p),
                    email(p), "Expiring " + p, department, "", "", "en", year + "-01-02", active)).toList()),
                    ImportMode.PARTIAL);
        }
    }

    private void on(LocalDate day) {
        clock.travelTo(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    private String number(String person) {
        return "X" + unique + person;
    }

    private String email(String person) {
        return "x" + unique + person + "@example.com";
    }
}
