package io.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.base.EmployeeId;
import io.steward.base.PersonalRecordViewed;
import io.steward.demo.DemoOrganisation;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
@RecordApplicationEvents
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
                SELECT SUM(a.state IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED')), SUM(a.state = 'COMPLETED'),
                       SUM(a.state IN ('ASSIGNED', 'IN_PROGRESS') AND a.due_date < :today),
                       SUM(a.state IN ('ASSIGNED', 'IN_PROGRESS') AND a.due_date BETWEEN :today AND :soon)
                FROM assignment a WHERE a.employee_id IN (SELECT id FROM line)""")
                .param("manager", DemoOrganisation.MANAGER).param("today", today).param("soon", today.plusDays(14))
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            Headline headline = reports.myTeam().headline();

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
    void hr_opens_anyones_timeline_with_every_cycle_and_the_look_is_recorded() {
        long sam = idOf(DemoOrganisation.EMPLOYEE);
        List<String> cycles = jdbc.sql("""
                SELECT CONCAT(module_id, ' ', reason, ' ', COALESCE(outcome, 'open')) FROM assignment_cycle
                WHERE employee_id = ? ORDER BY opened_at DESC, id DESC""").param(sam).query(String.class).list();
        long looksBefore = looksAt(sam);
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            PersonHistory history = reports.person(sam).orElseThrow();

            assertThat(history.timeline()).isNotEmpty().extracting(c -> c.moduleId() + " " + c.reason() + " "
                    + (c.outcome() == null ? "open" : c.outcome())).isEqualTo(cycles);
            assertThat(reports.person(Long.MAX_VALUE)).isEmpty();
        }
        assertThat(looksAt(sam)).isEqualTo(looksBefore + 1);
        for (String other : List.of(DemoOrganisation.AUDITOR, DemoOrganisation.MANAGER)) {
            try (var session = signedIn.as(other)) {
                assertThatThrownBy(() -> reports.person(sam)).as(other).isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    /** Looks at training histories recorded in the audit trail (the subject is the person's pseudonym). */
    private long looksAt(long person) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry e JOIN audit_pseudonym p ON e.subject = CONCAT('person:', p.pseudonym)
                WHERE e.action = 'PERSONAL_RECORD_VIEWED' AND p.employee_id = ?""")
                .param(person).query(Long.class).single();
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
            assertThatThrownBy(() -> reports.myTeam()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.myTeamMember(1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.compliance(ReportFilter.none(), 10))
                    .isInstanceOf(AccessDeniedException.class);
        }
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            assertThatThrownBy(() -> reports.compliance(ReportFilter.none(), 10))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.managers()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> reports.myTeamPeople(PeopleFilter.everyone()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_matrix_equals_an_independent_count_per_department_and_module() {
        var expected = jdbc.sql("""
                SELECT d.name, a.module_id, SUM(a.state IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED')),
                       SUM(a.state = 'COMPLETED')
                FROM assignment a JOIN employee e ON e.id = a.employee_id JOIN department d ON d.id = e.department_id
                WHERE e.active GROUP BY d.name, a.module_id""")
                .query((rs, n) -> new MatrixCell(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        false))
                .list();
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assertThat(reports.compliance(ReportFilter.none(), 10).matrix())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void the_manager_filter_narrows_the_organisation_to_that_line() {
        long maria = idOf(DemoOrganisation.MANAGER);
        try (var auditor = signedIn.as(DemoOrganisation.AUDITOR)) {
            List<OverdueLine> overdue = reports.compliance(
                    new ReportFilter(null, null, null, null, null, maria), 50).longestOverdue();

            assertThat(overdue).extracting(OverdueLine::displayName).contains("Sam Patel", "Lucas Silva")
                    .doesNotContain("Ella Murphy", "Ivan Petrov");
            assertThat(overdue).filteredOn(o -> o.displayName().equals("Sam Patel")).singleElement()
                    .satisfies(o -> assertThat(o.daysOverdue()).isEqualTo(9));
            assertThat(reports.compliance(ReportFilter.none(), 50).longestOverdue())
                    .extracting(OverdueLine::displayName)
                    .contains("Ella Murphy", "Ivan Petrov");
        }
    }

    @Test
    void the_chart_by_module_equals_an_independent_count() {
        var expected = jdbc.sql(LINE + """
                SELECT a.module_id, SUM(a.state IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED')), SUM(a.state = 'COMPLETED')
                FROM assignment a JOIN employee e ON e.id = a.employee_id
                WHERE e.active AND a.employee_id IN (SELECT id FROM line) GROUP BY a.module_id""")
                .param("manager", DemoOrganisation.MANAGER)
                .query((rs, n) -> List.of(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            assertThat(reports.myTeam().byModule()).extracting(r -> List.of(r.moduleId(), r.assigned(), r.completed()))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void the_trend_equals_an_independent_count_at_each_month_end() {
        List<TrendPoint> trend;
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            trend = reports.compliance(ReportFilter.none(), 1).trend();
        }
        assertThat(trend).hasSize(12);
        assertThat(trend.getLast().month()).isEqualTo(YearMonth.now());
        for (TrendPoint point : List.of(trend.getFirst(), trend.get(6), trend.getLast())) {
            LocalDate end = point.month().plusMonths(1).atDay(1);
            var expected = jdbc.sql("""
                    SELECT SUM(a.state IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED') AND a.assigned_at < :end),
                           SUM(a.state = 'COMPLETED' AND a.assigned_at < :end AND a.completed_at < :end)
                    FROM assignment a JOIN employee e ON e.id = a.employee_id WHERE e.active""")
                    .param("end", end)
                    .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
            assertThat(List.of(point.assigned(), point.completed())).as(point.month().toString()).isEqualTo(expected);
        }
    }

    @Test
    void every_aggregate_over_fewer_people_than_the_minimum_says_so_instead_of_a_figure() {
        long lena = idOf("lena.novak@example.com");
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            ComplianceDashboard small = reports.compliance(new ReportFilter(null, null, null, null, null, lena), 5);
            assertThat(small.minimumGroup()).isEqualTo(5);
            assertThat(small.headline()).isEqualTo(new Headline(0, 0, 0, 0, 0, 0, true));
            assertThat(small.matrix()).isNotEmpty().allSatisfy(c -> assertThat(c).isEqualTo(
                    new MatrixCell(c.department(), c.moduleId(), 0, 0, true)));
            assertThat(small.trend()).hasSize(12).allMatch(p -> p.suppressed() && p.assigned() == 0);

            ComplianceDashboard marketing = reports.compliance(
                    new ReportFilter("Marketing", null, null, null, null, null), 5);
            assertThat(marketing.headline().suppressed()).as("7 people").isFalse();
            assertThat(marketing.matrix()).isNotEmpty().noneMatch(MatrixCell::suppressed);
        }
        try (var smallTeam = signedIn.as("lena.novak@example.com")) {
            TeamDashboard team = reports.myTeam();
            assertThat(team.people()).as("people are listed one by one, not aggregated").hasSize(4);
            assertThat(team.headline().suppressed()).isTrue();
            assertThat(team.byModule()).isNotEmpty().allMatch(r -> r.suppressed() && r.assigned() == 0);
            assertThat(team.trend()).allMatch(TrendPoint::suppressed);
        }
        try (var largerTeam = signedIn.as(DemoOrganisation.MANAGER)) {
            TeamDashboard team = reports.myTeam();
            assertThat(team.headline().suppressed()).isFalse();
            assertThat(team.byModule()).noneMatch(ModuleRate::suppressed);
        }
    }

    @Test
    void opening_a_report_and_one_persons_history_is_recorded(ApplicationEvents events) {
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entry").query(Long.class).single();
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            reports.myTeam();
            reports.myTeamPeople(new PeopleFilter("a", false));
            reports.myTeamMember(idOf(DemoOrganisation.EMPLOYEE));
            reports.myTeamMember(idOf("isabel.garcia@example.com"));
        }
        try (var auditor = signedIn.as(DemoOrganisation.AUDITOR)) {
            reports.compliance(new ReportFilter("Marketing", null, null, null, null, null), 5);
        }
        assertThat(jdbc.sql("SELECT action, subject, detail FROM audit_entry WHERE id > ? AND action = 'REPORT_VIEWED'"
                        + " ORDER BY id").param(before)
                .query((rs, n) -> rs.getString(2) + " " + rs.getString(3)).list())
                .containsExactly("report:my-team filters=none", "report:compliance filters=department=Marketing");
        assertThat(events.stream(PersonalRecordViewed.class))
                .containsExactly(new PersonalRecordViewed(new EmployeeId(idOf(DemoOrganisation.MANAGER)),
                        new EmployeeId(idOf(DemoOrganisation.EMPLOYEE)), "training-history"));
    }
}
