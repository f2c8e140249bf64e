package io.steward.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.IntegrationTest;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The analysis's copy when two first attempts on a new version are scored at once: the version's row that the
 * other transaction added after this one began is found, and the answers are copied under it.
 */
@IntegrationTest
class AnalysedAnswersIntegrationTest {

    private final String module = "race-" + Long.toString(System.nanoTime(), 36);

    @Autowired
    private AnalysedAnswers answers;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transaction;

    @AfterEach
    void removeTheAttempt() {
        jdbc.sql("""
                DELETE x FROM analysed_answer x JOIN analysed_version v ON v.id = x.version_id
                WHERE v.module_id = ?""").param(module).update();
        jdbc.sql("DELETE FROM analysed_version WHERE module_id = ?").param(module).update();
        jdbc.sql("DELETE FROM quiz_attempt WHERE module_id = ?").param(module).update();
    }

    @Test
    void a_version_added_by_another_transaction_after_this_one_began_is_used() {
        long employee = jdbc.sql("SELECT MIN(id) FROM employee").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO quiz_attempt (employee_id, module_id, module_version, content_hash, module_title, pass_mark,
                                          attempt_number, draw, state, started_at, submitted_at, score_percent, passed)
                VALUES (?, ?, '1.0.0', REPEAT('r', 64), 'Race', 80, 1, '2:1,2;5:2,1', 'SUBMITTED',
                        '2026-01-01 09:00:00', '2026-01-01 09:10:00', 50, FALSE)""")
                .params(employee, module).update();
        long attempt = jdbc.sql("SELECT id FROM quiz_attempt WHERE module_id = ?").param(module).query(Long.class)
                .single();

        Boolean copied = transaction.execute(status -> {
            // This transaction's snapshot begins here, before the other one adds the version.
            jdbc.sql("SELECT COUNT(*) FROM analysed_version").query(Long.class).single();
            CompletableFuture.runAsync(() -> jdbc.sql("""
                    INSERT INTO analysed_version (module_id, module_version, content_hash)
                    VALUES (?, '1.0.0', REPEAT('r', 64))""").param(module).update()).join();
            return answers.copyFirstAttempt(attempt);
        });

        assertThat(copied).isTrue();
        assertThat(jdbc.sql("""
                SELECT CONCAT(x.question_key, '=', x.chosen) FROM analysed_answer x
                JOIN analysed_version v ON v.id = x.version_id WHERE v.module_id = ? ORDER BY x.question_key""")
                .param(module).query(String.class).list()).containsExactly("2=", "5=");
    }
}
