package io.steward.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.support.UpgradeDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Completions and certificates of modules without a quiz (V0115, V0116): every completion and certificate
 * recorded before stays exactly as it was, and only a completion with an attestation may lack a quiz attempt.
 */
class CompletionByAttestationMigrationIntegrationTest {

    @Test
    void every_completion_and_certificate_stays_as_it_was_and_only_an_attested_one_may_lack_a_quiz() {
        try (UpgradeDatabase database = UpgradeDatabase.create().migrateTo("0114")) {
            var jdbc = database.jdbc();
            jdbc.sql("""
                    INSERT INTO employee (id, employee_number, email, display_name)
                    VALUES (2, 'E2', 'ana@example.com', 'Ana')""").update();
            jdbc.sql("""
                    INSERT INTO quiz_attempt (id, employee_id, module_id, module_version, content_hash, module_title,
                                              pass_mark, attempt_number, draw, state, started_at, submitted_at,
                                              score_percent, passed) VALUES
                        (11, 2, 'privacy', '1.0.0', REPEAT('a', 64), 'Privacy', 80, 1, '[]', 'SUBMITTED',
                         '2025-01-10 10:00:00', '2025-01-10 10:15:00', 90, TRUE),
                        (12, 2, 'ethics', '2.1.0', REPEAT('b', 64), 'Ethics', 80, 1, '[]', 'SUBMITTED',
                         '2025-02-10 10:00:00', '2025-02-10 10:15:00', 100, TRUE)""").update();
            jdbc.sql("""
                    INSERT INTO completion (id, employee_id, module_id, module_version, content_hash, attempt_id,
                                            score_percent, attestation_text, attested_at, completed_at, expires_at)
                    VALUES
                        (21, 2, 'privacy', '1.0.0', REPEAT('a', 64), 11, 90, NULL, NULL, '2025-01-10 10:15:00', NULL),
                        (22, 2, 'ethics', '2.1.0', REPEAT('b', 64), 12, 100, 'I will.', '2025-02-10 10:16:00',
                         '2025-02-10 10:16:00', '2026-02-10 10:16:00')""").update();
            jdbc.sql("""
                    INSERT INTO certificate (id, code, completion_id, employee_id, holder_name, module_id,
                                             module_title, module_version, score_percent, completed_at, expires_at,
                                             issued_at)
                    VALUES (31, 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE', 22, 2, 'Ana', 'ethics', 'Ethics', '2.1.0', 100,
                            '2025-02-10 10:16:00', '2026-02-10 10:16:00', '2025-02-10 10:16:01')""").update();
            List<Map<String, Object>> completions = jdbc.sql("SELECT * FROM completion ORDER BY id").query()
                    .listOfRows();
            List<Map<String, Object>> certificates = jdbc.sql("SELECT * FROM certificate ORDER BY id").query()
                    .listOfRows();

            database.migrateTo("latest");

            assertThat(jdbc.sql("SELECT * FROM completion ORDER BY id").query().listOfRows()).isEqualTo(completions);
            assertThat(jdbc.sql("SELECT * FROM certificate ORDER BY id").query().listOfRows()).isEqualTo(certificates);
            jdbc.sql("""
                    INSERT INTO completion (id, employee_id, module_id, module_version, content_hash, attempt_id,
                                            score_percent, attestation_text, attested_at, completed_at)
                    VALUES (23, 2, 'policy', '1.0.0', REPEAT('c', 64), NULL, NULL, 'I have read it.',
                            '2025-03-01 09:00:00', '2025-03-01 09:00:00')""").update();
            assertThatThrownBy(() -> jdbc.sql("""
                    INSERT INTO completion (id, employee_id, module_id, module_version, content_hash, attempt_id,
                                            score_percent, completed_at)
                    VALUES (24, 2, 'policy', '1.0.0', REPEAT('c', 64), NULL, NULL, '2025-03-02 09:00:00')""").update())
                    .as("no quiz and no attestation is no evidence").isInstanceOf(DataIntegrityViolationException.class);
        }
    }
}
