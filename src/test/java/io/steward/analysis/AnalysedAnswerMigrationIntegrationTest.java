package io.steward.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.UpgradeDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The question analysis's copy of first attempts' answers (V0125), filled from what the previous schema recorded:
 * the first submitted attempt of each person on each version, one row per question it drew, '' where it was not
 * answered; retakes, attempts in progress and erased people's attempts are not copied, and every attempt and
 * answer stays as it was.
 */
class AnalysedAnswerMigrationIntegrationTest {

    @Test
    void the_first_submitted_attempts_on_each_version_are_copied_and_nothing_recorded_changes() {
        try (UpgradeDatabase database = UpgradeDatabase.create().migrateTo("0124")) {
            var jdbc = database.jdbc();
            jdbc.sql("""
                    INSERT INTO employee (id, employee_number, email, display_name, erased_at) VALUES
                        (2, 'E2', 'ana@example.com', 'Ana', NULL),
                        (3, 'E3', 'ben@example.com', 'Ben', NULL),
                        (4, 'erased-4', 'erased-4@erased.invalid', 'Erased person', '2025-06-01 09:00:00')""")
                    .update();
            jdbc.sql("""
                    INSERT INTO quiz_attempt (id, employee_id, module_id, module_version, content_hash, module_title,
                                              pass_mark, attempt_number, draw, state, started_at, submitted_at,
                                              score_percent, passed) VALUES
                        (11, 2, 'privacy', '1.0.0', REPEAT('a', 64), 'Privacy', 80, 1, '3:2,1,4;7:1,3,2',
                         'SUBMITTED', '2025-01-10 09:00:00', '2025-01-10 09:10:00', 50, FALSE),
                        (12, 2, 'privacy', '1.0.0', REPEAT('a', 64), 'Privacy', 80, 2, '1:1,2;7:2,1,3',
                         'SUBMITTED', '2025-01-11 09:00:00', '2025-01-11 09:10:00', 100, TRUE),
                        (13, 2, 'privacy', '1.1.0', REPEAT('c', 64), 'Privacy', 80, 3, '12:1,2,3',
                         'SUBMITTED', '2025-05-11 09:00:00', '2025-05-11 09:10:00', 100, TRUE),
                        (14, 3, 'privacy', '1.0.0', REPEAT('a', 64), 'Privacy', 80, 1, '7:3,2,1;3:4,2,1',
                         'IN_PROGRESS', '2025-01-12 09:00:00', NULL, NULL, NULL),
                        (15, 4, 'privacy', '1.0.0', REPEAT('a', 64), 'Privacy', 80, 1, '3:1,2,4;7:1,2,3',
                         'SUBMITTED', '2025-01-12 09:00:00', '2025-01-12 09:10:00', 100, TRUE)""").update();
            jdbc.sql("""
                    INSERT INTO quiz_answer (attempt_id, question_key, chosen, answered_at) VALUES
                        (11, 3, '2,4', '2025-01-10 09:05:00'),
                        (12, 1, '1', '2025-01-11 09:05:00'),
                        (12, 7, '3', '2025-01-11 09:06:00'),
                        (13, 12, '2', '2025-05-11 09:05:00'),
                        (14, 7, '1', '2025-01-12 09:05:00')""").update();
            List<Map<String, Object>> attempts = rows(database, "SELECT * FROM quiz_attempt ORDER BY id");
            List<Map<String, Object>> answers = rows(database,
                    "SELECT * FROM quiz_answer ORDER BY attempt_id, question_key");

            database.migrateTo("latest");

            assertThat(rows(database, "SELECT * FROM quiz_attempt ORDER BY id")).isEqualTo(attempts);
            assertThat(rows(database, "SELECT * FROM quiz_answer ORDER BY attempt_id, question_key"))
                    .isEqualTo(answers);
            assertThat(database.jdbc().sql("""
                    SELECT CONCAT_WS(' ', v.module_id, v.module_version, x.attempt_id, x.score_percent,
                                     x.question_key, CONCAT('[', x.chosen, ']'), x.submitted_at)
                    FROM analysed_answer x JOIN analysed_version v ON v.id = x.version_id
                    ORDER BY x.attempt_id, x.question_key""").query(String.class).list())
                    .containsExactly(
                            "privacy 1.0.0 11 50 3 [2,4] 2025-01-10 09:10:00.000000",
                            "privacy 1.0.0 11 50 7 [] 2025-01-10 09:10:00.000000",
                            "privacy 1.1.0 13 100 12 [2] 2025-05-11 09:10:00.000000");
        }
    }

    private static List<Map<String, Object>> rows(UpgradeDatabase database, String sql) {
        return database.jdbc().sql(sql).query().listOfRows();
    }
}
