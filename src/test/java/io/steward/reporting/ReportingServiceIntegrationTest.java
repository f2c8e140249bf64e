package io.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.demo.DemoOrganisation;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class ReportingServiceIntegrationTest {

    /** The manager's reporting line, walked by a query written independently of the service's. */
    private static final String LINE = """
            WITH RECURSIVE line (id) AS (
                SELECT id FROM employee WHERE manager_id = (SELECT id FROM employee WHERE email = :manager)
                UNION ALL SELECT e.id FROM employee e JOIN line l ON e.manager_id = l.id)
            """;

    @Autowired
    private ReportingService reports;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;

    private long idOf(String email) {
        return jdbc.sql("SELECT id FROM employee WHERE email = ?").param(email).query(Long.class).single();
    }

    @Test
    void a_managers_people_are_exactly_their_reporting_line() {
        Set<Long> line = Set.copyOf(jdbc.sql(LINE + "SELECT id FROM line").param("manager", DemoOrganisation.MANAGER)
                .query(Long.class).list());
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            Set<Long> people = reports.myTeamPeople(PeopleFilter.everyone()).stream().map(PersonProgress::id)
                    .collect(Collectors.toSet());

            assertThat(people).isEqualTo(line).contains(idOf(DemoOrganisation.EMPLOYEE))
                    .doesNotContain(idOf("isabel.garcia@example.com"), idOf(DemoOrganisation.MANAGER));
        }
    }

    @Test
    void headline_figures_equal_an_independent_count() {
        LocalDate today = LocalDate.now();
        var expected = jdbc.sql(LINE + """
                SELECT SUM(a.state <> 'EXEMPTED'), SUM(a.state = 'COMPLETED'),
                       SUM(a.state IN ('ASSIGNED', 'IN_PROGRESS') AND a.due_date < :today),
                       SUM(a.state IN ('ASSIGNED', 'IN_PROGRESS') AND a.due_date BETWEEN :today AND :soon)
                FROM assignment a WHERE a.employee_id IN (SELECT id FROM line)""")
                .param("manager", DemoOrganisation.MANAGER).param("today", today).param("soon", today.plusDays(14))
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            Headline headline = reports.myTeamHeadline();

            assertThat(List.of(headline.assigned(), headline.completed(), headline.overdue(), headline.dueSoon()))
                    .isEqualTo(expected);
            assertThat(headline.overdue()).as("the demo has overdue people in Customer Support").isPositive();
        }
    }

    @Test
    void the_people_list_filters_by_name_and_by_overdue() {
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            assertThat(reports.myTeamPeople(new PeopleFilter("patel", false))).extracting(PersonProgress::displayName)
                    .containsExactly("Sam Patel");
            List<PersonProgress> overdue = reports.myTeamPeople(new PeopleFilter("", true));
            assertThat(overdue).isNotEmpty().allMatch(p -> p.overdue() > 0);
            assertThat(overdue).extracting(PersonProgress::displayName).contains("Sam Patel", "Lucas Silva")
                    .doesNotContain("Ella Murphy");
        }
    }

    @Test
    void a_manager_drills_into_their_own_person_but_not_into_another_managers() {
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            PersonHistory sam = reports.myTeamMember(idOf(DemoOrganisation.EMPLOYEE)).orElseThrow();
            assertThat(sam.displayName()).isEqualTo("Sam Patel");
            assertThat(sam.assignments()).isNotEmpty().anyMatch(PersonHistory.AssignmentLine::overdue);

            assertThat(reports.myTeamMember(idOf("isabel.garcia@example.com"))).isEmpty();
            assertThat(reports.myTeamMember(idOf(DemoOrganisation.MANAGER))).as("not their own record").isEmpty();
            assertThat(reports.myTeamMember(idOf("olivia.bennett@example.com"))).as("not their boss").isEmpty();
        }
    }

    @Test
    void a_reminder_goes_once_a_day_and_only_to_overdue_people_in_the_line() {
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            long lucas = idOf("lucas.silva@example.com");
            assertThat(reports.remindOverdue(lucas)).isEqualTo(ReportingService.Reminder.RECORDED);
            assertThat(reports.remindOverdue(lucas)).isEqualTo(ReportingService.Reminder.ALREADY_TODAY);
            assertThat(reports.remindOverdue(idOf("grace.liu@example.com")))
                    .isEqualTo(ReportingService.Reminder.NOTHING_OVERDUE);
            assertThat(reports.remindOverdue(idOf("ella.murphy@example.com"))).as("overdue, but another line")
                    .isEqualTo(ReportingService.Reminder.NOTHING_OVERDUE);
        }
        try (var employee = signedIn.as(DemoOrganisation.EMPLOYEE)) {
            assertThatThrownBy(() -> reports.remindOverdue(1)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void employees_see_no_report_and_managers_no_organisation_report() {
        try (var employee = signedIn.as(DemoOrganisation.EMPLOYEE)) {
            assertThatThrownBy(() -> reports.myTeamHeadline()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.myTeamMember(1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.headline(ReportFilter.none())).isInstanceOf(AccessDeniedException.class);
        }
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            assertThatThrownBy(() -> reports.matrix(ReportFilter.none())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.longestOverdue(ReportFilter.none(), 10))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> reports.myTeamPeople(PeopleFilter.everyone()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_matrix_equals_an_independent_count_per_department_and_module() {
        var expected = jdbc.sql("""
                SELECT d.name, a.module_id, SUM(a.state <> 'EXEMPTED'), SUM(a.state = 'COMPLETED')
                FROM assignment a JOIN employee e ON e.id = a.employee_id JOIN department d ON d.id = e.department_id
                WHERE e.active GROUP BY d.name, a.module_id""")
                .query((rs, n) -> new MatrixCell(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assertThat(reports.matrix(ReportFilter.none())).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void the_manager_filter_narrows_the_organisation_to_that_line() {
        long maria = idOf(DemoOrganisation.MANAGER);
        try (var auditor = signedIn.as(DemoOrganisation.AUDITOR)) {
            List<OverdueLine> overdue = reports.longestOverdue(
                    new ReportFilter(null, null, null, null, null, maria), 50);

            assertThat(overdue).extracting(OverdueLine::displayName).contains("Sam Patel", "Lucas Silva")
                    .doesNotContain("Ella Murphy", "Ivan Petrov");
            assertThat(overdue).filteredOn(o -> o.displayName().equals("Sam Patel")).singleElement()
                    .satisfies(o -> assertThat(o.daysOverdue()).isEqualTo(9));
            assertThat(reports.longestOverdue(ReportFilter.none(), 50)).extracting(OverdueLine::displayName)
                    .contains("Ella Murphy", "Ivan Petrov");
        }
    }
}
