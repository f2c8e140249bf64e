package io.steward.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.content.ContentService;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.Audience;
import io.steward.directory.importing.DirectoryImportService;
import io.steward.directory.importing.ImportMode;
import io.steward.support.ApplicationClock;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import io.steward.support.StaffLists;
import io.steward.support.TestContent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * HR changes and retires rules: the preview states exactly what saving does, the change opens, supersedes and
 * closes cycles as it said, every version of the rule is kept, and the change is in the audit trail. Each test
 * works on its own departments, people and module.
 */
@IntegrationTest
class AssignmentRuleChangeIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ContentService content;
    @Autowired
    private DirectoryImportService imports;
    @Autowired
    private ApplicationClock clock;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;

    private final String unique = Long.toString(System.nanoTime(), 36);
    private final String teamA = "Rule A " + unique;
    private final String teamB = "Rule B " + unique;
    private final String module = "rule-" + unique;
    private long rule;

    /** Twenty days ago: three people, and a rule giving team A thirty days. */
    @BeforeEach
    void aRuleMadeTwentyDaysAgo() {
        TestContent.writeModule(module, TestContent.policy(module, "Rule " + unique));
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
        clock.travelTo(Instant.now().minus(Duration.ofDays(20)));
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            imports.importStaffList(StaffLists.file(List.of(person("1", teamA), person("2", teamA),
                    person("3", teamB))), ImportMode.PARTIAL);
            rule = assignments.assign(new AssignmentRequest(module, departments(teamA), null, 30, null)).id();
        } finally {
            clock.reset();
        }
    }

    @AfterEach
    void leave() {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            imports.importStaffList(StaffLists.file(List.of(StaffLists.row(number("1"), email("1"), "Rule 1", teamA,
                    "", "", "en", "", false), StaffLists.row(number("2"), email("2"), "Rule 2", teamA, "", "", "en",
                    "", false), StaffLists.row(number("3"), email("3"), "Rule 3", teamB, "", "", "en", "", false))),
                    ImportMode.PARTIAL);
        }
    }

    @Test
    void a_shorter_due_setting_and_a_wider_audience_do_what_the_preview_said() {
        AssignmentRequest change = new AssignmentRequest(null, departments(teamA, teamB), null, 14, null);
        List<String> before = cycles();
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            RuleChangePreview preview = assignments.previewChange(rule, change);

            assertThat(preview).isEqualTo(new RuleChangePreview(3, 1, List.of("Rule Person 3"), 0, List.of(), 2, 2));
            assertThat(cycles()).as("a preview changes nothing").isEqualTo(before);

            assertThat(assignments.change(rule, change)).isEqualTo(preview);
        }
        LocalDate assigned = TODAY.minusDays(20);
        assertThat(cycles()).containsExactly(
                "1 INITIAL due " + assigned.plusDays(30) + " SUPERSEDED",
                "1 RULE_CHANGED due " + assigned.plusDays(14) + " open",
                "2 INITIAL due " + assigned.plusDays(30) + " SUPERSEDED",
                "2 RULE_CHANGED due " + assigned.plusDays(14) + " open",
                "3 JOINED due " + TODAY.plusDays(14) + " open");
        assertThat(jdbc.sql("""
                SELECT CONCAT(audience_type, ':', REPLACE(audience_values, '\n', ','), ' days=', due_in_days,
                              ' until=', IF(valid_to IS NULL, 'now', 'replaced'), ' ', effect)
                FROM assignment_rule_version WHERE rule_id = ? ORDER BY id""").param(rule).query(String.class).list())
                .containsExactly("DEPARTMENTS:" + teamA + " days=30 until=replaced assigned=2",
                        "DEPARTMENTS:" + teamA + "," + teamB + " days=14 until=now assigned=1 closed=0 superseded=2"
                                + " overdueAtOnce=2");
        assertThat(lastAudit()).isEqualTo("ASSIGNMENT_RULE_CHANGED rule=" + rule
                + " assigned=1 closed=0 superseded=2 overdueAtOnce=2");
    }

    @Test
    void narrowing_the_audience_and_retiring_close_open_cycles_and_the_rule_stays_as_evidence() {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            AssignmentRequest narrower = new AssignmentRequest(null, new Audience(Audience.Type.EMPLOYEES,
                    List.of(number("1"))), null, 30, null);
            RuleChangePreview preview = assignments.previewChange(rule, narrower);
            assertThat(preview).isEqualTo(new RuleChangePreview(1, 0, List.of(), 1, List.of("Rule Person 2"), 0, 0));
            assertThat(assignments.change(rule, narrower)).isEqualTo(preview);
            assertThat(cycles()).containsExactly("1 INITIAL due " + TODAY.plusDays(10) + " open",
                    "2 INITIAL due " + TODAY.plusDays(10) + " NO_LONGER_REQUIRED");

            RuleChangePreview retiring = assignments.previewRetirement(rule);
            assertThat(retiring).isEqualTo(new RuleChangePreview(0, 0, List.of(), 1, List.of("Rule Person 1"), 0, 0));
            assertThat(assignments.retire(rule)).isEqualTo(retiring);

            assertThat(cycles()).containsExactly("1 INITIAL due " + TODAY.plusDays(10) + " NO_LONGER_REQUIRED",
                    "2 INITIAL due " + TODAY.plusDays(10) + " NO_LONGER_REQUIRED");
            assertThat(assignments.rules()).filteredOn(r -> r.id() == rule).singleElement()
                    .satisfies(r -> assertThat(r.retiredAt()).isNotNull());
            assertThatThrownBy(() -> assignments.retire(rule)).as("a retired rule is not in force")
                    .isInstanceOf(java.util.NoSuchElementException.class);
        }
        assertThat(lastAudit()).isEqualTo("ASSIGNMENT_RULE_RETIRED rule=" + rule
                + " assigned=0 closed=1 superseded=0 overdueAtOnce=0");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment_rule_version WHERE rule_id = ? AND retired")
                .param(rule).query(Integer.class).single()).isOne();
    }

    @Test
    void a_rule_keeps_its_module_and_only_hr_changes_it() {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assertThatThrownBy(() -> assignments.change(rule, new AssignmentRequest("transparency",
                    departments(teamA), null, 0, null)))
                    .isInstanceOfSatisfying(AssignmentRuleRejectedException.class, e -> assertThat(e.problems())
                            .extracting(RuleProblem::field).containsExactly("module", "dueInDays"));
        }
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            assertThatThrownBy(() -> assignments.previewRetirement(rule)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assignments.retire(rule)).isInstanceOf(AccessDeniedException.class);
        }
    }

    // --- helpers ---

    private static Audience departments(String... names) {
        return new Audience(Audience.Type.DEPARTMENTS, List.of(names));
    }

    private String number(String suffix) {
        return "R" + unique + suffix;
    }

    private String email(String suffix) {
        return "r" + unique + suffix + "@example.com";
    }

    private String person(String suffix, String department) {
        return StaffLists.row(number(suffix), email(suffix), "Rule Person " + suffix, department, "", "", "en", "",
                true);
    }

    /** Each cycle of the module: whose (suffix), why it opened, due when, how it ended. */
    private List<String> cycles() {
        return jdbc.sql("""
                SELECT SUBSTRING(e.employee_number, ?), c.reason, c.due_date, COALESCE(c.outcome, 'open')
                FROM assignment_cycle c JOIN employee e ON e.id = c.employee_id
                WHERE c.module_id = ? ORDER BY e.employee_number, c.opened_at, c.id""")
                .params(number("").length() + 1, module)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " due " + rs.getString(3) + " "
                        + rs.getString(4))
                .list();
    }

    private String lastAudit() {
        return jdbc.sql("""
                SELECT CONCAT(action, ' ', detail) FROM audit_entry
                WHERE action LIKE 'ASSIGNMENT_RULE_%' AND subject = ? ORDER BY id DESC LIMIT 1""")
                .param("module:" + module).query(String.class).single();
    }
}
