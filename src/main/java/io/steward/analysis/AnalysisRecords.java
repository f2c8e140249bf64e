package io.steward.analysis;

import io.steward.analysis.domain.AnalysedAnswers;
import io.steward.base.PersonErased;
import io.steward.base.Retention;
import io.steward.base.RetentionPolicy;
import io.steward.learning.AttemptSubmitted;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysis's copy of first attempts' answers (decision 27): made in the transaction that scores an attempt,
 * removed with a person's answers when they are erased, and deleted when the answers it copies expire (the
 * quiz-answers period, counted from the attempt's submission as for the answers themselves).
 */
@Configuration
class AnalysisRecords {

    private final AnalysedAnswers answers;

    AnalysisRecords(AnalysedAnswers answers) {
        this.answers = answers;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AttemptSubmitted event) {
        answers.copyFirstAttempt(event.attemptId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonErased event) {
        answers.erase(event.person().value());
    }

    /** Runs right after learning's answers task (order 5), with the same period. */
    @Bean
    @Order(6)
    Retention.Task analysedAnswersRetention(RetentionPolicy policy, JdbcTemplate jdbc) {
        return Retention.deleting("analysed-answers", RetentionPolicy.QUIZ_ANSWERS, policy, jdbc,
                "FROM analysed_answer WHERE submitted_at <= :cutoff", "attempt_id, question_key",
                "DELETE FROM analysed_answer WHERE attempt_id = ? AND question_key = ?");
    }
}
