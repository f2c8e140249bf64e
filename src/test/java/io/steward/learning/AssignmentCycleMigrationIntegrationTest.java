package io.steward.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.UpgradeDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Upgrading keeps every assignment a customer recorded: a database of its own is migrated to the schema of
 * the release before the cycle history (V0100), filled as that release would have left it, then migrated to
 * now. Every assignment row stays as it was, each becomes its current cycle, and each completion that an
 * earlier cycle ended, overwritten in the assignment row since, is a reconstructed cycle of its own.
 */
class AssignmentCycleMigrationIntegrationTest {

    private static final String PREVIOUS_RELEASE = "0100";

    private UpgradeDatabase database;
    private JdbcClient jdbc;

    @BeforeEach
    void emptyDatabase() {
        database = UpgradeDatabase.create();
        jdbc = database.jdbc();
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void every_assignment_becomes_its_current_cycle_and_overwritten_cycles_come_back_from_completions() {
        database.migrateTo(PREVIOUS_RELEASE);
        jdbc.sql("""
                INSERT INTO employee (id, employee_number, email, display_name) VALUES
                    (1, 'E1', 'hr@example.com', 'HR'), (2, 'E2', 'ana@example.com', 'Ana'),
                    (3, 'E3', 'ben@example.com', 'Ben')""").update();
        jdbc.sql("""
                INSERT INTO assignment_rule (id, module_id, audience_type, audience_values, due_in_days, created_by,
                                             created_at)
                VALUES (7, 'privacy', 'EVERYONE', '', 30, 1, '2024-01-02 09:00:00')""").update();
        // Ana: completed in 2024, renewed in 2025 (the row was reopened and completed again), now due again.
        attempt(11, 2, "privacy", 1, "2024-01-10 10:00:00");
        completion(21, 2, "privacy", 11, "2024-01-10 10:20:00");
        attempt(12, 2, "privacy", 2, "2025-01-05 10:00:00");
        completion(22, 2, "privacy", 12, "2025-01-05 10:15:00");
        assignment(31, 2, "privacy", 7, "ASSIGNED", "RECERTIFICATION", "2025-12-06 01:30:00", "2026-01-05", null,
                null, null);
        // Ben: completed once and still completed; exempted from another; closed as no longer required on a third.
        attempt(13, 3, "privacy", 1, "2024-02-01 08:00:00");
        completion(23, 3, "privacy", 13, "2024-02-01 08:30:00");
        assignment(32, 3, "privacy", 7, "COMPLETED", "INITIAL", "2024-01-02 09:00:00", "2024-02-01",
                "2024-02-01 08:30:00", null, null);
        assignment(33, 3, "security", null, "EXEMPTED", "INITIAL", "2024-03-01 09:00:00", "2024-04-01", null,
                "Trained elsewhere", null);
        assignment(34, 3, "ethics", 7, "NO_LONGER_REQUIRED", "JOINED", "2024-05-01 09:00:00", "2024-06-01", null,
                null, "2024-05-20 12:00:00");
        List<Map<String, Object>> before = assignments();

        database.migrateTo("latest");

        assertThat(assignments()).as("every assignment row as it was").isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM completion").query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM assignment a JOIN assignment_cycle c ON c.id = a.cycle_id
                WHERE c.assignment_id = a.id AND c.opened_at = a.assigned_at
                  AND c.reconstructed = (a.state = 'EXEMPTED')""")
                .query(Integer.class).single()).as("each row points at its current cycle").isEqualTo(4);

        assertThat(cycles(31)).containsExactly(
                "INITIAL 2024-01-10 10:00:00.0 due=null COMPLETED 2024-01-10 10:20:00.0 completion=21 reconstructed",
                "RECERTIFICATION 2025-01-05 10:00:00.0 due=null COMPLETED 2025-01-05 10:15:00.0 completion=22 "
                        + "reconstructed",
                "RECERTIFICATION 2025-12-06 01:30:00.0 due=2026-01-05 open null completion=null");
        assertThat(cycles(32)).containsExactly(
                "INITIAL 2024-01-02 09:00:00.0 due=2024-02-01 COMPLETED 2024-02-01 08:30:00.0 completion=23");
        assertThat(cycles(33)).containsExactly(
                "INITIAL 2024-03-01 09:00:00.0 due=2024-04-01 EXEMPTED 2024-03-01 09:00:00.0 completion=null "
                        + "reconstructed");
        assertThat(jdbc.sql("SELECT exempt_reason FROM assignment_cycle WHERE assignment_id = 33")
                .query(String.class).single()).isEqualTo("Trained elsewhere");
        assertThat(cycles(34)).containsExactly(
                "JOINED 2024-05-01 09:00:00.0 due=2024-06-01 NO_LONGER_REQUIRED 2024-05-20 12:00:00.0 completion=null");
    }

    private List<Map<String, Object>> assignments() {
        return jdbc.sql("""
                SELECT id, employee_id, module_id, rule_id, state, assigned_at, due_date, completed_at, exempt_reason,
                       version, cycle_reason, closed_at
                FROM assignment ORDER BY id""").query().listOfRows();
    }

    private List<String> cycles(long assignment) {
        return jdbc.sql("""
                SELECT reason, opened_at, due_date, outcome, ended_at, completion_id, reconstructed
                FROM assignment_cycle WHERE assignment_id = ? ORDER BY opened_at, id""").param(assignment)
                .query((rs, n) -> rs.getString(1) + " " + rs.getTimestamp(2) + " due=" + rs.getDate(3) + " "
                        + (rs.getString(4) == null ? "open" : rs.getString(4)) + " " + rs.getTimestamp(5)
                        + " completion=" + rs.getObject(6) + (rs.getBoolean(7) ? " reconstructed" : ""))
                .list();
    }

    private void attempt(long id, long employee, String module, int number, String startedAt) {
        jdbc.sql("""
                INSERT INTO quiz_attempt (id, employee_id, module_id, module_version, content_hash, module_title,
                                          pass_mark, attempt_number, draw, state, started_at, submitted_at,
                                          score_percent, passed)
                VALUES (?, ?, ?, '1.0.0', REPEAT('a', 64), 'Privacy', 80, ?, '[]', 'SUBMITTED', ?, ?, 100, TRUE)""")
                .params(id, employee, module, number, startedAt, startedAt).update();
    }

    private void completion(long id, long employee, String module, long attempt, String completedAt) {
        jdbc.sql("""
                INSERT INTO completion (id, employee_id, module_id, module_version, content_hash, attempt_id,
                                        score_percent, completed_at, expires_at)
                VALUES (?, ?, ?, '1.0.0', REPEAT('a', 64), ?, 100, ?, DATE_ADD(?, INTERVAL 1 YEAR))""")
                .params(id, employee, module, attempt, completedAt, completedAt).update();
    }

    private void assignment(long id, long employee, String module, Integer rule, String state, String reason,
            String assignedAt, String due, String completedAt, String exemptReason, String closedAt) {
        jdbc.sql("""
                INSERT INTO assignment (id, employee_id, module_id, rule_id, state, assigned_at, due_date,
                                        completed_at, exempt_reason, cycle_reason, closed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, employee, module, rule, state, assignedAt, due, completedAt, exemptReason, reason,
                        closedAt).update();
    }
}
