package io.steward.support;

import io.steward.content.ContentService;
import io.steward.content.Question;
import io.steward.learning.AttemptResult;
import io.steward.learning.AttemptView;
import io.steward.learning.DrawnQuestion;
import io.steward.learning.QuizService;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;

/**
 * Passes a module as a real person through the real services: starts (or resumes) their attempt, answers every
 * drawn question right, submits, and agrees to the module's statement when it has one. The honest way for a test
 * to create a completion and its certificate.
 */
@TestComponent
public class QuizTaker {

    private final QuizService quizzes;
    private final ContentService content;
    private final SignedIn signedIn;

    QuizTaker(QuizService quizzes, ContentService content, SignedIn signedIn) {
        this.quizzes = quizzes;
        this.content = content;
        this.signedIn = signedIn;
    }

    /** The result of the submitted attempt, or of the agreement that completed it. */
    public AttemptResult pass(String email, String moduleId) {
        try (var person = signedIn.as(email)) {
            AttemptView attempt = quizzes.startOrResume(moduleId);
            List<Question> bank = content.questions(attempt.version()).orElseThrow();
            for (DrawnQuestion drawn : attempt.questions()) {
                Question question = bank.stream().filter(q -> q.key() == drawn.key()).findFirst().orElseThrow();
                quizzes.answer(attempt.attemptId(), question.key(), question.correctKeys());
            }
            AttemptResult result = quizzes.submit(attempt.attemptId());
            return result.awaitsAttestation() ? quizzes.agreeToAttestation(attempt.attemptId()) : result;
        }
    }
}
