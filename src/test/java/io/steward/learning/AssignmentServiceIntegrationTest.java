package io.steward.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.base.EmployeeId;
import io.steward.content.ContentService;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.Audience;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import io.steward.support.TestContent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AssignmentServiceIntegrationTest {

    @Autowired
    private AssignmentService assignments;
    @Autowired
    private AllowanceService allowances;
    @Autowired
    private LearningService learning;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ContentService content;

    @Test
    void assigning_twice_leaves_one_assignment_per_person() {
        Audience marketing = new Audience(Audience.Type.DEPARTMENTS, List.of("Marketing"));
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assignments.assign(new AssignmentRequest("giving-customers-control", marketing, null, 20));
            assignments.assign(new AssignmentRequest("giving-customers-control", marketing, null, 5));
        }

        List<Integer> perPerson = jdbc.sql("""
                SELECT COUNT(*) FROM assignment a JOIN employee e ON e.id = a.employee_id
                JOIN department d ON d.id = e.department_id
                WHERE a.module_id = 'giving-customers-control' AND d.name = 'Marketing' GROUP BY e.id""")
                .query(Integer.class).list();
        int marketingPeople = jdbc.sql("""
                SELECT COUNT(*) FROM employee e JOIN department d ON d.id = e.department_id
                WHERE d.name = 'Marketing' AND e.active""").query(Integer.class).single();
        assertThat(perPerson).hasSize(marketingPeople).containsOnly(1);
        assertThat(jdbc.sql("""
                SELECT DATEDIFF(due_date, DATE(assigned_at)) FROM assignment
                WHERE module_id = 'giving-customers-control' LIMIT 1""").query(Integer.class).single())
                .as("the first assignment's due date stands").isEqualTo(20);
    }

    @Test
    void a_role_audience_reaches_exactly_the_people_with_that_role() {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assignments.assign(new AssignmentRequest("transparency",
                    new Audience(Audience.Type.ROLES, List.of("AUDITOR")), LocalDate.now().plusDays(3), null));
        }
        assertThat(jdbc.sql("""
                SELECT e.email FROM assignment a JOIN employee e ON e.id = a.employee_id
                WHERE a.module_id = 'transparency' AND a.rule_id = (SELECT MAX(id) FROM assignment_rule)""")
                .query(String.class).list()).containsExactly(DemoOrganisation.AUDITOR);
    }

    @Test
    void a_bad_request_is_refused_with_every_problem_and_changes_nothing() {
        int rulesBefore = jdbc.sql("SELECT COUNT(*) FROM assignment_rule").query(Integer.class).single();
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assertThat(problems(new AssignmentRequest("no-such-module",
                    new Audience(Audience.Type.DEPARTMENTS, List.of()), LocalDate.now().plusDays(3), 10)))
                    .containsExactlyInAnyOrder("assign.problem.module", "assign.problem.due",
                            "assign.problem.audience");
            assertThat(problems(new AssignmentRequest("transparency", Audience.everyone(),
                    LocalDate.now().minusDays(1), null))).containsExactly("assign.problem.dueDatePast");
            assertThat(problems(new AssignmentRequest("transparency",
                    new Audience(Audience.Type.DEPARTMENTS, List.of("Marketing", "Astrology")), null, 10)))
                    .containsExactly("assign.problem.unknown.departments");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment_rule").query(Integer.class).single())
                .isEqualTo(rulesBefore);
    }

    private List<String> problems(AssignmentRequest request) {
        assertThatThrownBy(() -> assignments.assign(request)).isInstanceOf(AssignmentRuleRejectedException.class);
        return assignments.check(request).stream().map(RuleProblem::key).toList();
    }

    @Test
    void only_hr_assigns() {
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            assertThatThrownBy(() -> assignments.assign(new AssignmentRequest("transparency", Audience.everyone(),
                    null, 10))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_new_rule_says_how_many_people_it_reaches_before_it_is_saved_and_then_does_what_it_said() {
        String module = "reach-" + Long.toString(System.nanoTime(), 36);
        TestContent.writeModule(module, TestContent.policy(module, "Reach"));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
        Audience department = new Audience(Audience.Type.DEPARTMENTS, List.of("People & Compliance"));
        List<String> people = jdbc.sql("""
                SELECT e.display_name FROM employee e JOIN department d ON d.id = e.department_id
                WHERE d.name = 'People & Compliance' AND e.active ORDER BY e.display_name, e.id""")
                .query(String.class).list();
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assignments.assign(new AssignmentRequest(module, new Audience(Audience.Type.EMPLOYEES,
                    List.of("E1050")), null, 10));
            AssignmentRequest request = new AssignmentRequest(module, department, null, 20);
            RuleChangePreview preview = assignments.previewAssignment(request);

            assertThat(preview.reached()).isEqualTo(people.size());
            assertThat(preview.assigned()).as("Clara Hoffmann has the module already").isEqualTo(people.size() - 1);
            assertThat(preview.assignedNames()).doesNotContain("Clara Hoffmann")
                    .hasSize(Math.min(RuleChangePreview.NAMES, people.size() - 1));
            assertThat(preview.closed() + preview.superseded()).isZero();
            assertThat(assignedTo(module)).as("a preview changes nothing").isEqualTo(1);

            assignments.assign(request);
        }
        assertThat(assignedTo(module)).isEqualTo(people.size());
    }

    private long assignedTo(String module) {
        return jdbc.sql("SELECT COUNT(*) FROM assignment WHERE module_id = ?").param(module).query(Long.class)
                .single();
    }

    @Test
    void only_hr_previews_a_rule_and_exempts() {
        AssignmentRequest request = new AssignmentRequest("transparency", Audience.everyone(), null, 10);
        EmployeeId nina = idOf("E1047");
        for (String email : List.of(DemoOrganisation.MANAGER, DemoOrganisation.EMPLOYEE)) {
            try (var session = signedIn.as(email)) {
                assertThatThrownBy(() -> assignments.previewAssignment(request))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> allowances.exempt(nina, "reporting-data-incidents", "Asked nicely"))
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Test
    void an_exemption_keeps_its_reason_and_takes_the_module_off_the_open_list() {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assertThat(allowances.exempt(idOf("E1047"), "reporting-data-incidents", "  ")).containsExactly(
                    "exempt.problem.reason");
            assertThat(allowances.exempt(idOf("E1047"), "reporting-data-incidents", "On long-term leave")).isEmpty();
        }
        try (var employee = signedIn.as("nina.larsen@example.com")) {
            MyAssignment exempted = learning.myTraining().stream()
                    .filter(a -> a.moduleId().equals("reporting-data-incidents")).findFirst().orElseThrow();
            assertThat(exempted.state()).isEqualTo(AssignmentState.EXEMPTED);
            assertThat(exempted.overdue()).isFalse();
        }
        assertThat(jdbc.sql("""
                SELECT a.exempt_reason FROM assignment a JOIN employee e ON e.id = a.employee_id
                WHERE e.employee_number = 'E1047' AND a.module_id = 'reporting-data-incidents'""")
                .query(String.class).single()).isEqualTo("On long-term leave");
    }

    /**
     * A person of the test's own with seven modules, written in an order unlike the expected one: overdue work
     * first (the longest overdue first), then what is due within 14 days, then the rest still open, then what is
     * done, each group by due date. A done module whose date has passed is not overdue.
     */
    @Test
    void my_training_puts_overdue_work_first() {
        String tag = Long.toString(System.nanoTime(), 36);
        String email = "order." + tag + "@learning.example.com";
        jdbc.sql("""
                INSERT INTO employee (employee_number, email, display_name, locale, hire_date, active)
                VALUES (?, ?, ?, 'en', '2022-02-01', TRUE)""").params("O" + tag, email, "Order " + tag).update();
        long person = jdbc.sql("SELECT id FROM employee WHERE email = ?").param(email).query(Long.class).single();
        jdbc.sql("INSERT INTO employee_role (employee_id, role) VALUES (?, 'EMPLOYEE')").param(person).update();
        signedIn.givePassword("O" + tag);
        LocalDate today = LocalDate.now();
        assign(person, "transparency", "ASSIGNED", today.plusDays(40));
        assign(person, "giving-customers-control", "COMPLETED", today.minusDays(5));
        assign(person, "customer-data-acceptable-use", "IN_PROGRESS", today.minusDays(2));
        assign(person, "securing-customer-data", "ASSIGNED", today.plusDays(14));
        assign(person, "data-rights-requests", "ASSIGNED", today.plusDays(15));
        assign(person, "responsible-data-practices", "ASSIGNED", today.minusDays(10));
        assign(person, "reporting-data-incidents", "ASSIGNED", today);

        try (var employee = signedIn.as(email)) {
            assertThat(learning.myTraining()).extracting(MyAssignment::moduleId).containsExactly(
                    "responsible-data-practices",   // overdue by 10 days
                    "customer-data-acceptable-use", // overdue by 2 days
                    "reporting-data-incidents",     // due today
                    "securing-customer-data",       // due in 14 days: the last day of "due soon"
                    "data-rights-requests",         // due in 15 days
                    "transparency",                 // due in 40 days
                    "giving-customers-control");    // done
        } finally {
            // Gone again, so that the figures other tests read do not count this person's overdue work.
            jdbc.sql("UPDATE employee SET active = FALSE, deactivated_at = NOW(6) WHERE id = ?").param(person)
                    .update();
        }
    }

    private void assign(long person, String module, String state, LocalDate due) {
        jdbc.sql("""
                INSERT INTO assignment (employee_id, module_id, state, assigned_at, due_date)
                VALUES (?, ?, ?, NOW(6), ?)""").params(person, module, state, due).update();
    }

    private EmployeeId idOf(String employeeNumber) {
        return new EmployeeId(jdbc.sql("SELECT id FROM employee WHERE employee_number = ?").param(employeeNumber)
                .query(Long.class).single());
    }
}
