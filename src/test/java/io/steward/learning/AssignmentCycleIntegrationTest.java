package io.steward.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.base.EmployeeId;
import io.steward.content.ContentService;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.Audience;
import io.steward.directory.importing.DirectoryImportService;
import io.steward.directory.importing.ImportMode;
import io.steward.support.IntegrationTest;
import io.steward.support.MutableClock;
import io.steward.support.QuizTaker;
import io.steward.support.SignedIn;
import io.steward.support.StaffLists;
import io.steward.support.TestContent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The assignment cycle on the real database: people join, move and leave through staff list imports,
 * completions expire under a controlled clock, and modules get new versions. Each test works on its own
 * departments, people and modules, so the demo organisation that other tests rely on stays as it is.
 */
@IntegrationTest
class AssignmentCycleIntegrationTest {

    @Autowired
    private AssignmentService assignments;
    @Autowired
    private AllowanceService allowances;
    @Autowired
    private AssignmentCycle cycle;
    @Autowired
    private LearningService learning;
    @Autowired
    private ContentService content;
    @Autowired
    private DirectoryImportService imports;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private QuizTaker quizzes;
    @Autowired
    private JdbcClient jdbc;

    private String unique;
    private String teamA;
    private String teamB;

    @BeforeEach
    void names() {
        unique = Long.toString(System.nanoTime(), 36);
        teamA = "Cycle A " + unique;
        teamB = "Cycle B " + unique;
    }

    // --- joiners, movers and leavers ---

    @Test
    void a_joiner_gets_the_rules_module_due_from_the_day_they_join() {
        String module = publish("j", "1.0.0");
        staff(person("0", teamA, true));
        rule(module, new Audience(Audience.Type.DEPARTMENTS, List.of(teamA)), 20, null);
        assertThat(state("1", module)).as("not here yet").isNull();

        staff(person("1", teamA, true));

        Map<String, Object> row = row("1", module);
        assertThat(row.get("state")).isEqualTo("ASSIGNED");
        assertThat(row.get("cycle_reason")).isEqualTo("JOINED");
        assertThat(((java.sql.Date) row.get("due_date")).toLocalDate()).isEqualTo(LocalDate.now().plusDays(20));
        assertThat(lastAudit("ASSIGNMENT_CREATED", module)).contains("reason=JOINED").contains("created=1");

        staff(person("1", teamA, true));
        assertThat(row("1", module)).as("importing the same list again changes nothing").isEqualTo(row);
    }

    @Test
    void a_rule_due_after_hire_counts_from_each_persons_hire_date_and_nobody_starts_late() {
        String module = publish("h", "1.0.0");
        LocalDate today = LocalDate.now();
        staff(hired("1", today.minusDays(10)), hired("2", today.minusDays(400)), hired("3", null));
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assignments.assign(new AssignmentRequest(module, new Audience(Audience.Type.DEPARTMENTS, List.of(teamA)),
                    null, null, 45, null));
        }

        assertThat(due("1", module)).as("45 days after hire").isEqualTo(today.plusDays(35));
        assertThat(due("2", module)).as("hired long ago: the grace period").isEqualTo(today.plusDays(30));
        assertThat(due("3", module)).as("no hire date: from the day assigned").isEqualTo(today.plusDays(45));

        staff(hired("4", today.minusDays(5)));

        assertThat(row("4", module).get("cycle_reason")).isEqualTo("JOINED");
        assertThat(due("4", module)).as("a joiner: 45 days after their hire").isEqualTo(today.plusDays(40));
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assertThat(assignments.rules()).filteredOn(r -> r.moduleId().equals(module)).singleElement()
                    .satisfies(r -> assertThat(r.dueDaysAfterHire()).isEqualTo(45));
        }
    }

    private String hired(String suffix, LocalDate hireDate) {
        return StaffLists.row(number(suffix), email(suffix), "Cycle Person " + suffix, teamA, "E1000", "", "en",
                hireDate == null ? "" : hireDate.toString(), true);
    }

    @Test
    void a_joiner_under_a_fixed_date_that_has_passed_gets_the_grace_period() {
        String module = publish("f", "1.0.0");
        staff(person("1", teamA, true));
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assignments.assign(new AssignmentRequest(module, new Audience(Audience.Type.DEPARTMENTS, List.of(teamA)),
                    LocalDate.now().plusDays(2), null));
        }
        assertThat(due("1", module)).isEqualTo(LocalDate.now().plusDays(2));

        staff(person("2", teamA, true));

        assertThat(due("2", module)).as("nobody joins already late").isEqualTo(LocalDate.now().plusDays(30));
    }

    @Test
    void a_mover_out_keeps_completed_evidence_loses_open_work_and_gets_it_back_on_return() {
        String module = publish("m", "1.0.0");
        staff(person("1", teamA, true), person("2", teamA, true));
        rule(module, new Audience(Audience.Type.DEPARTMENTS, List.of(teamA)), 20, null);
        complete("2", module);

        staff(person("1", teamB, true), person("2", teamB, true));

        assertThat(state("1", module)).isEqualTo("NO_LONGER_REQUIRED");
        assertThat(row("1", module).get("closed_at")).isNotNull();
        assertThat(state("2", module)).as("finished work stays finished").isEqualTo("COMPLETED");
        assertThat(completions("2", module)).isOne();
        assertThat(lastAudit("ASSIGNMENT_CLOSED", module)).contains("closed=1");
        try (var employee = signedInAs("1")) {
            assertThat(learning.myTraining()).filteredOn(a -> a.moduleId().equals(module)).singleElement()
                    .satisfies(a -> {
                        assertThat(a.state().isOpen()).isFalse();
                        assertThat(a.overdue()).isFalse();
                    });
        }

        staff(person("1", teamA, true));

        assertThat(state("1", module)).isEqualTo("ASSIGNED");
        assertThat(row("1", module).get("cycle_reason")).isEqualTo("RETURNED");
        assertThat(row("1", module).get("closed_at")).isNull();
        assertThat(cycles("1", module)).as("the closed cycle is kept as it ended")
                .containsExactly("INITIAL NO_LONGER_REQUIRED", "RETURNED open");
        assertThat(cycles("2", module)).containsExactly("INITIAL COMPLETED with completion");
    }

    @Test
    void deactivation_closes_open_assignments_even_those_made_to_the_person_by_name() {
        String module = publish("d", "1.0.0");
        staff(person("1", teamA, true));
        rule(module, new Audience(Audience.Type.EMPLOYEES, List.of(number("1"))), 10, null);

        staff(person("1", teamB, true));
        assertThat(state("1", module)).as("named people stay assigned when they move").isEqualTo("ASSIGNED");

        staff(person("1", teamB, false));

        assertThat(state("1", module)).isEqualTo("NO_LONGER_REQUIRED");
        runDailyJob(LocalDate.now());
        assertThat(state("1", module)).as("the daily safety net does not bring it back").isEqualTo("NO_LONGER_REQUIRED");
    }

    // --- recertification ---

    @Test
    void a_rolling_recertification_opens_exactly_the_lead_time_before_expiry_and_only_once() {
        String module = publish("r", "1.0.0");
        staff(person("1", teamA, true));
        rule(module, new Audience(Audience.Type.DEPARTMENTS, List.of(teamA)), 20, null);
        complete("1", module);
        LocalDate expires = expiry("1", module);
        assertThat(expires).isAfter(LocalDate.now().plusMonths(11));

        runDailyJob(expires.minusDays(31));
        assertThat(state("1", module)).as("a day before the lead time").isEqualTo("COMPLETED");

        runDailyJob(expires.minusDays(30));
        Map<String, Object> reopened = row("1", module);
        assertThat(reopened.get("state")).isEqualTo("ASSIGNED");
        assertThat(reopened.get("cycle_reason")).isEqualTo("RECERTIFICATION");
        assertThat(((java.sql.Date) reopened.get("due_date")).toLocalDate()).isEqualTo(expires);
        assertThat(reopened.get("completed_at")).isNull();
        assertThat(completions("1", module)).as("the old evidence stays").isOne();

        assertThat(cycles("1", module)).as("the completed cycle stays as it was")
                .containsExactly("INITIAL COMPLETED with completion", "RECERTIFICATION open");
        assertThat(jdbc.sql("""
                SELECT c.due_date FROM assignment_cycle c JOIN employee e ON e.id = c.employee_id
                WHERE e.employee_number = ? AND c.module_id = ? ORDER BY c.id""").params(number("1"), module)
                .query(java.sql.Date.class).list()).extracting(java.sql.Date::toLocalDate)
                .containsExactly(LocalDate.now().plusDays(20), expires);

        runDailyJob(expires.minusDays(30));
        assertThat(row("1", module)).as("a second run the same day changes nothing").isEqualTo(reopened);
        assertThat(cycles("1", module)).hasSize(2);

        complete("1", module);
        assertThat(cycles("1", module)).containsExactly("INITIAL COMPLETED with completion",
                "RECERTIFICATION COMPLETED with completion");
        assertThat(jdbc.sql("""
                SELECT COUNT(DISTINCT c.completion_id) FROM assignment_cycle c JOIN employee e ON e.id = c.employee_id
                WHERE e.employee_number = ? AND c.module_id = ?""").params(number("1"), module)
                .query(Integer.class).single()).as("each cycle ended with its own completion").isEqualTo(2);
    }

    @Test
    void an_exemption_ends_the_open_cycle_with_the_reason_and_who_decided() {
        String module = publish("x", "1.0.0");
        staff(person("1", teamA, true));
        rule(module, new Audience(Audience.Type.DEPARTMENTS, List.of(teamA)), 20, null);

        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assertThat(allowances.exempt(idOf(number("1")), module, "Trained at the previous employer")).isEmpty();
            assertThat(allowances.exempt(idOf(number("1")), module, "Again")).containsExactly("exempt.problem.closed");
        }

        assertThat(state("1", module)).isEqualTo("EXEMPTED");
        assertThat(cycles("1", module)).containsExactly("INITIAL EXEMPTED");
        assertThat(jdbc.sql("""
                SELECT CONCAT(c.exempt_reason, ' by ', hr.email) FROM assignment_cycle c
                JOIN employee e ON e.id = c.employee_id JOIN employee hr ON hr.id = c.exempted_by
                WHERE e.employee_number = ? AND c.module_id = ?""").params(number("1"), module)
                .query(String.class).single()).isEqualTo("Trained at the previous employer by " + DemoOrganisation.HR);
    }

    @Test
    void a_rules_own_lead_time_replaces_the_default() {
        String module = publish("l", "1.0.0");
        staff(person("1", teamA, true));
        rule(module, new Audience(Audience.Type.DEPARTMENTS, List.of(teamA)), 20, Recertification.rolling(60));
        complete("1", module);
        LocalDate expires = expiry("1", module);

        runDailyJob(expires.minusDays(61));
        assertThat(state("1", module)).isEqualTo("COMPLETED");
        runDailyJob(expires.minusDays(60));
        assertThat(state("1", module)).isEqualTo("ASSIGNED");
    }

    @Test
    void a_calendar_window_opens_on_its_first_day_with_the_windows_due_date() {
        String module = publish("c", "1.0.0");
        staff(person("1", teamA, true));
        rule(module, new Audience(Audience.Type.DEPARTMENTS, List.of(teamA)), 20,
                Recertification.calendar(MonthDay.of(1, 1), MonthDay.of(3, 31)));
        complete("1", module);
        LocalDate windowOpens = LocalDate.of(LocalDate.now().getYear() + 1, 1, 1);

        runDailyJob(windowOpens.minusDays(1));
        assertThat(state("1", module)).isEqualTo("COMPLETED");

        runDailyJob(windowOpens);
        assertThat(state("1", module)).isEqualTo("ASSIGNED");
        assertThat(due("1", module)).isEqualTo(LocalDate.of(windowOpens.getYear(), 3, 31));
        assertThat(row("1", module).get("cycle_reason")).isEqualTo("RECERTIFICATION");
    }

    // --- material change ---

    @Test
    void a_new_major_version_reopens_completed_assignments_with_the_grace_period_and_minor_or_patch_do_not() {
        String module = publish("v", "1.0.0");
        staff(person("1", teamA, true));
        rule(module, new Audience(Audience.Type.DEPARTMENTS, List.of(teamA)), 20, null);
        complete("1", module);

        publish(module, "1.1.0");
        publish(module, "1.1.1");
        assertThat(state("1", module)).as("minor and patch changes are editorial").isEqualTo("COMPLETED");

        publish(module, "2.0.0");

        Map<String, Object> row = row("1", module);
        assertThat(row.get("state")).isEqualTo("ASSIGNED");
        assertThat(row.get("cycle_reason")).isEqualTo("MATERIAL_CHANGE");
        assertThat(((java.sql.Date) row.get("due_date")).toLocalDate()).isEqualTo(LocalDate.now().plusDays(30));
        assertThat(lastAudit("ASSIGNMENT_CREATED", module)).contains("reason=MATERIAL_CHANGE");
        try (var employee = signedInAs("1")) {
            assertThat(learning.myTraining()).filteredOn(a -> a.moduleId().equals(module)).singleElement()
                    .satisfies(a -> assertThat(a.reason()).isEqualTo(CycleReason.MATERIAL_CHANGE));
        }
    }

    // --- helpers ---

    private void runDailyJob(LocalDate day) {
        new AssignmentCycleJob(cycle, new MutableClock(day.atTime(1, 30).toInstant(ZoneOffset.UTC))).run();
    }

    private void rule(String module, Audience audience, int dueInDays, Recertification recertification) {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assignments.assign(new AssignmentRequest(module, audience, null, dueInDays, recertification));
        }
    }

    private String number(String suffix) {
        return "C" + unique + suffix;
    }

    private String email(String suffix) {
        return "c" + unique + suffix + "@example.com";
    }

    private String person(String suffix, String department, boolean active) {
        return StaffLists.row(number(suffix), email(suffix), "Cycle Person " + suffix, department, "E1000", "", "en",
                "2026-01-05", active);
    }

    private void staff(String... rows) {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            imports.importStaffList(StaffLists.file(List.of(rows)), ImportMode.PARTIAL);
        }
    }

    /** A one-question module that expires after a year; {@code id} is a new module's suffix or an existing id. */
    private String publish(String id, String version) {
        String module = id.startsWith("cycle-") ? id : "cycle-" + unique + "-" + id;
        TestContent.writeModule(module, TestContent.yearlyQuiz(module, "Cycle " + module, version));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
        return module;
    }

    /** Signs the imported person in; they are given a password first, as their invitation would. */
    private SignedIn.Session signedInAs(String suffix) {
        givePassword(suffix);
        return signedIn.as(email(suffix));
    }

    private void givePassword(String suffix) {
        signedIn.givePassword(number(suffix));
    }

    private void complete(String suffix, String module) {
        givePassword(suffix);
        assertThat(quizzes.pass(email(suffix), module).passed()).isTrue();
        assertThat(state(suffix, module)).isEqualTo("COMPLETED");
    }

    /** Each cycle of the person and module, oldest first: why it opened and how it ended. */
    private List<String> cycles(String suffix, String module) {
        return jdbc.sql("""
                SELECT c.reason, COALESCE(c.outcome, 'open'), c.completion_id
                FROM assignment_cycle c JOIN employee e ON e.id = c.employee_id
                WHERE e.employee_number = ? AND c.module_id = ? ORDER BY c.opened_at, c.id""")
                .params(number(suffix), module)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)
                        + (rs.getObject(3) != null ? " with completion" : ""))
                .list();
    }

    private Map<String, Object> row(String suffix, String module) {
        return jdbc.sql("""
                SELECT a.state, a.cycle_reason, a.due_date, a.assigned_at, a.completed_at, a.closed_at, a.rule_id
                FROM assignment a JOIN employee e ON e.id = a.employee_id
                WHERE e.employee_number = ? AND a.module_id = ?""").params(number(suffix), module).query().singleRow();
    }

    private String state(String suffix, String module) {
        return jdbc.sql("""
                SELECT a.state FROM assignment a JOIN employee e ON e.id = a.employee_id
                WHERE e.employee_number = ? AND a.module_id = ?""").params(number(suffix), module)
                .query(String.class).optional().orElse(null);
    }

    private LocalDate due(String suffix, String module) {
        return ((java.sql.Date) row(suffix, module).get("due_date")).toLocalDate();
    }

    private LocalDate expiry(String suffix, String module) {
        Instant expires = jdbc.sql("""
                SELECT c.expires_at FROM completion c JOIN employee e ON e.id = c.employee_id
                WHERE e.employee_number = ? AND c.module_id = ?""").params(number(suffix), module)
                .query(java.sql.Timestamp.class).single().toInstant();
        return LocalDate.ofInstant(expires, ZoneOffset.UTC);
    }

    private int completions(String suffix, String module) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM completion c JOIN employee e ON e.id = c.employee_id
                WHERE e.employee_number = ? AND c.module_id = ?""").params(number(suffix), module)
                .query(Integer.class).single();
    }

    private String lastAudit(String action, String module) {
        return jdbc.sql("""
                SELECT detail FROM audit_entry WHERE action = ? AND subject = ? ORDER BY id DESC LIMIT 1""")
                .params(action, "module:" + module).query(String.class).optional().orElse("");
    }

    private EmployeeId idOf(String employeeNumber) {
        return new EmployeeId(jdbc.sql("SELECT id FROM employee WHERE employee_number = ?").param(employeeNumber)
                .query(Long.class).single());
    }
}
