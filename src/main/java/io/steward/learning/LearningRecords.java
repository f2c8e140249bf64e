package io.steward.learning;

import io.steward.base.PersonErased;
import io.steward.base.PersonalData;
import io.steward.base.Retention;
import io.steward.base.RetentionPolicy;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning's part in a person's privacy: their assignments, attempts, answers and completions under "My data";
 * answers deleted a year after the attempt, attempts and completions once they are no longer needed as evidence;
 * and on erasure their answers, lesson progress and the free-text reasons about them deleted, while the
 * completions (the evidence) stay under the person's pseudonymised profile.
 */
@Configuration
class LearningRecords {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final RetentionPolicy policy;

    LearningRecords(JdbcClient jdbc, JdbcTemplate jdbcTemplate, RetentionPolicy policy) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.policy = policy;
    }

    /** Every cycle of every module, past ones too: an open cycle in the state of its assignment. */
    @Bean
    PersonalData.Source assignmentsSource() {
        return PersonalData.query("assignments", List.of("module", "state", "assignedAt", "dueDate", "completedAt",
                "exemptReason"), jdbc, """
                SELECT c.module_id, COALESCE(c.outcome, a.state), c.opened_at, c.due_date,
                       CASE WHEN c.outcome = 'COMPLETED' THEN c.ended_at END, c.exempt_reason
                FROM assignment_cycle c JOIN assignment a ON a.id = c.assignment_id
                WHERE c.employee_id = :person ORDER BY c.opened_at, c.module_id, c.id""");
    }

    @Bean
    PersonalData.Source attemptsSource() {
        return PersonalData.query("attempts", RetentionPolicy.EVIDENCE, List.of("module", "version", "attempt", "state",
                "startedAt", "submittedAt", "scorePercent", "passed"), jdbc, """
                SELECT module_id, module_version, attempt_number, state, started_at, submitted_at, score_percent,
                       CASE WHEN passed IS NULL THEN NULL WHEN passed THEN 'true' ELSE 'false' END
                FROM quiz_attempt WHERE employee_id = :person ORDER BY started_at, id""");
    }

    @Bean
    PersonalData.Source answersSource() {
        return PersonalData.query("quiz-answers", List.of("module", "version", "attempt", "question", "chosen",
                "answeredAt"), jdbc, """
                SELECT a.module_id, a.module_version, a.attempt_number, q.question_key, q.chosen, q.answered_at
                FROM quiz_answer q JOIN quiz_attempt a ON a.id = q.attempt_id
                WHERE a.employee_id = :person ORDER BY a.started_at, a.id, q.question_key""");
    }

    @Bean
    PersonalData.Source completionsSource() {
        return PersonalData.query("completions", RetentionPolicy.EVIDENCE, List.of("module", "version", "scorePercent",
                "attestedAt", "completedAt", "expiresAt"), jdbc, """
                SELECT module_id, module_version, score_percent, attested_at, completed_at, expires_at FROM completion
                WHERE employee_id = :person ORDER BY completed_at, id""");
    }

    /** Answers of attempts submitted (or, if never submitted, started) at least the period ago; runs first. */
    @Bean
    @Order(5)
    Retention.Task answersRetention() {
        String expired = """
                FROM quiz_answer q JOIN quiz_attempt a ON a.id = q.attempt_id
                WHERE COALESCE(a.submitted_at, a.started_at) <= :cutoff""";
        return Retention.deleting("quiz-answers", RetentionPolicy.QUIZ_ANSWERS, policy, jdbcTemplate, expired,
                "q.attempt_id, q.question_key",
                "DELETE FROM quiz_answer WHERE attempt_id = ? AND question_key = ?");
    }

    /**
     * Past cycles that ended the evidence period ago; the current cycle of each person and module stays, as the
     * assignment row it belongs to does. Runs before the completions they may point at.
     */
    @Bean
    @Order(15)
    Retention.Task cyclesRetention() {
        return Retention.deleting("assignment-cycles", RetentionPolicy.EVIDENCE, policy, jdbcTemplate, """
                FROM assignment_cycle c WHERE c.ended_at <= :cutoff
                AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.cycle_id = c.id)""", "c.id",
                "DELETE FROM assignment_cycle WHERE id = ?");
    }

    /** Completions are deleted after the evidence period; certificates of them go first (their task is ordered before). */
    @Bean
    @Order(20)
    Retention.Task completionsRetention() {
        return Retention.deleting("completions", RetentionPolicy.EVIDENCE, policy, jdbcTemplate,
                "FROM completion WHERE completed_at <= :cutoff", "id",
                "DELETE FROM completion WHERE id = ?");
    }

    /**
     * Attempts older than the evidence period, with any answers left, unless a completion that is still kept refers
     * to them (completions expiring in the same run are deleted first).
     */
    @Bean
    @Order(30)
    Retention.Task attemptsRetention() {
        return Retention.deleting("attempts", RetentionPolicy.EVIDENCE, policy, jdbcTemplate, """
                FROM quiz_attempt a WHERE COALESCE(a.submitted_at, a.started_at) <= :cutoff
                AND NOT EXISTS (SELECT 1 FROM completion c WHERE c.attempt_id = a.id AND c.completed_at > :cutoff)""",
                "a.id",
                "DELETE FROM quiz_answer WHERE attempt_id = ?", "DELETE FROM quiz_attempt WHERE id = ?");
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonErased event) {
        long person = event.person().value();
        jdbc.sql("DELETE q FROM quiz_answer q JOIN quiz_attempt a ON a.id = q.attempt_id WHERE a.employee_id = ?")
                .param(person).update();
        jdbc.sql("DELETE FROM lesson_progress WHERE employee_id = ?").param(person).update();
        jdbc.sql("UPDATE attempt_grant SET reason = '' WHERE employee_id = ?").param(person).update();
        jdbc.sql("UPDATE assignment SET exempt_reason = '' WHERE employee_id = ? AND exempt_reason IS NOT NULL")
                .param(person).update();
        jdbc.sql("""
                UPDATE assignment_cycle SET exempt_reason = '' WHERE employee_id = ? AND exempt_reason IS NOT NULL""")
                .param(person).update();
    }
}
