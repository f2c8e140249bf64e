package io.steward.directory.api;

import io.steward.directory.importing.ImportProblem;
import io.steward.directory.importing.ImportRejectedException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused staff list is 422 with every problem (line, column, a stable code and a message from the same
 * message bundle the screens use); an import that collided with another change to the directory is 409.
 */
@RestControllerAdvice(assignableTypes = DirectoryImportController.class)
class DirectoryApiErrors {

    private final MessageSource messages;

    DirectoryApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** One problem as the API reports it; {@code code} is stable, {@code message} is for people. */
    record Problem(int line, String column, String code, String message) {
    }

    @ExceptionHandler
    ProblemDetail rejected(ImportRejectedException e, Locale locale) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                e.problems().size() + " problem(s) in the staff list; nothing was changed.");
        detail.setTitle("The staff list was not imported");
        List<Problem> problems = e.problems().stream().map(p -> problem(p, locale)).toList();
        detail.setProperty("problems", problems);
        return detail;
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ProblemDetail conflict() {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The directory changed while the staff list was being imported; nothing was changed. Try again.");
        detail.setTitle("Import collided with another change");
        return detail;
    }

    private Problem problem(ImportProblem problem, Locale locale) {
        return new Problem(problem.line(), problem.column(), problem.kind().name(),
                messages.getMessage(problem.kind().messageKey(), problem.values().toArray(), locale));
    }
}
