package io.steward.learning.api;

import io.steward.learning.AssignmentRuleRejectedException;
import io.steward.learning.RuleProblem;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused rule is 422 with every problem: the field it concerns (a path such as {@code audience.values}), a
 * stable code, and a message from the message bundle the screens use.
 */
@RestControllerAdvice(assignableTypes = AssignmentRuleController.class)
class AssignmentRuleApiErrors {

    private static final String KEY_PREFIX = "assign.problem.";

    private final MessageSource messages;

    AssignmentRuleApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    record Problem(String field, String code, String message) {
    }

    @ExceptionHandler
    ProblemDetail rejected(AssignmentRuleRejectedException e, Locale locale) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                e.problems().size() + " problem(s) in the assignment rule; nothing was changed.");
        detail.setTitle("The assignment rule was not made");
        detail.setProperty("problems", e.problems().stream().map(p -> problem(p, locale)).toList());
        return detail;
    }

    private Problem problem(RuleProblem problem, Locale locale) {
        return new Problem(problem.field(), problem.key().substring(KEY_PREFIX.length()),
                messages.getMessage(problem.key(), problem.values().toArray(), locale));
    }
}
