package io.steward.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.UpgradeDatabase;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Until when a completion keeps its module valid (V0123): every row recorded before keeps every value it had;
 * a cycle that ended completed takes its completion's expiry, and a completed assignment its latest completion's,
 * also when the module was completed again after the cycle ended.
 */
class ValidUntilMigrationIntegrationTest {

    @Test
    void completed_rows_take_their_completions_expiry_and_nothing_else_changes() {
        try (UpgradeDatabase database = UpgradeDatabase.create().migrateTo("0122")) {
            var jdbc = database.jdbc();
            jdbc.sql("""
                    INSERT INTO employee (id, employee_number, email, display_name)
                    VALUES (2, 'E2', 'ana@example.com', 'Ana')""").update();
            jdbc.sql("""
                    INSERT INTO quiz_attempt (id, employee_id, module_id, module_version, content_hash, module_title,
                                              pass_mark, attempt_number, draw, state, started_at, submitted_at,
                                              score_percent, passed) VALUES
                        (11, 2, 'privacy', '1.0.0', REPEAT('a', 64), 'Privacy', 80, 1, '[]', 'SUBMITTED',
                         '2024-01-20 09:00:00', '2024-01-20 10:00:00', 90, TRUE),
                        (12, 2, 'privacy', '1.0.0', REPEAT('a', 64), 'Privacy', 80, 2, '[]', 'SUBMITTED',
                         '2025-01-10 09:00:00', '2025-01-10 10:00:00', 95, TRUE),
                        (13, 2, 'privacy', '1.0.0', REPEAT('a', 64), 'Privacy', 80, 3, '[]', 'SUBMITTED',
                         '2025-03-01 09:00:00', '2025-03-01 10:00:00', 100, TRUE),
                        (14, 2, 'ethics', '1.0.0', REPEAT('b', 64), 'Ethics', 80, 1, '[]', 'SUBMITTED',
                         '2025-02-01 09:00:00', '2025-02-01 10:00:00', 100, TRUE)""").update();
            jdbc.sql("""
                    INSERT INTO completion (id, employee_id, module_id, module_version, content_hash, attempt_id,
                                            score_percent, completed_at, expires_at) VALUES
                        (21, 2, 'privacy', '1.0.0', REPEAT('a', 64), 11, 90, '2024-01-20 10:00:00',
                         '2025-01-20 10:00:00'),
                        (22, 2, 'privacy', '1.0.0', REPEAT('a', 64), 12, 95, '2025-01-10 10:00:00',
                         '2026-01-10 10:00:00'),
                        (23, 2, 'privacy', '1.0.0', REPEAT('a', 64), 13, 100, '2025-03-01 10:00:00',
                         '2026-03-01 10:00:00'),
                        (24, 2, 'ethics', '1.0.0', REPEAT('b', 64), 14, 100, '2025-02-01 10:00:00', NULL)""")
                    .update();
            jdbc.sql("""
                    INSERT INTO assignment (id, employee_id, module_id, state, assigned_at, due_date, completed_at,
                                            cycle_reason) VALUES
                        (31, 2, 'privacy', 'COMPLETED', '2025-01-05 09:00:00', '2025-02-04', '2025-01-10 10:00:00',
                         'RECERTIFICATION'),
                        (32, 2, 'ethics', 'COMPLETED', '2025-01-05 09:00:00', '2025-02-04', '2025-02-01 10:00:00',
                         'INITIAL'),
                        (33, 2, 'security', 'ASSIGNED', '2025-01-05 09:00:00', '2025-02-04', NULL, 'INITIAL')""")
                    .update();
            jdbc.sql("""
                    INSERT INTO assignment_cycle (id, assignment_id, employee_id, module_id, reason, opened_at,
                                                  due_date, outcome, ended_at, completion_id, superseded_at) VALUES
                        (41, 31, 2, 'privacy', 'INITIAL', '2024-01-02 09:00:00', '2024-02-01', 'COMPLETED',
                         '2024-01-20 10:00:00', 21, '2025-01-05 09:00:00'),
                        (42, 31, 2, 'privacy', 'RECERTIFICATION', '2025-01-05 09:00:00', '2025-02-04', 'COMPLETED',
                         '2025-01-10 10:00:00', 22, NULL),
                        (43, 32, 2, 'ethics', 'INITIAL', '2025-01-05 09:00:00', '2025-02-04', 'COMPLETED',
                         '2025-02-01 10:00:00', 24, NULL),
                        (44, 33, 2, 'security', 'INITIAL', '2025-01-05 09:00:00', '2025-02-04', NULL, NULL, NULL,
                         NULL)""").update();
            jdbc.sql("UPDATE assignment SET cycle_id = id + 11 WHERE id IN (31, 32, 33)").update();
            List<Map<String, Object>> assignments = rows(database, "assignment");
            List<Map<String, Object>> cycles = rows(database, "assignment_cycle");
            List<Map<String, Object>> completions = rows(database, "completion");

            database.migrateTo("latest");

            assertThat(rows(database, "completion")).isEqualTo(completions);
            assertThat(withoutExpiry(rows(database, "assignment"))).isEqualTo(assignments);
            assertThat(withoutExpiry(rows(database, "assignment_cycle"))).isEqualTo(cycles);
            assertThat(expiries(database, "assignment")).as("the latest completion's, once completed")
                    .containsExactly(at("2026-03-01T10:00"), null, null);
            assertThat(expiries(database, "assignment_cycle")).as("the completion that ended the cycle")
                    .containsExactly(at("2025-01-20T10:00"), at("2026-01-10T10:00"), null, null);
        }
    }

    private static List<Map<String, Object>> rows(UpgradeDatabase database, String table) {
        return database.jdbc().sql("SELECT * FROM " + table + " ORDER BY id").query().listOfRows();
    }

    private static List<Map<String, Object>> withoutExpiry(List<Map<String, Object>> rows) {
        return rows.stream().<Map<String, Object>>map(row -> {
            Map<String, Object> copy = new HashMap<>(row);
            copy.remove("expires_at");
            return copy;
        }).toList();
    }

    private static List<LocalDateTime> expiries(UpgradeDatabase database, String table) {
        return database.jdbc().sql("SELECT expires_at FROM " + table + " ORDER BY id")
                .query((rs, n) -> rs.getObject(1, LocalDateTime.class)).list();
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }
}
