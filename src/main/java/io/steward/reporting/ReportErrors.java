package io.steward.reporting;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused report parameter as an RFC 9457 problem: 400 when it cannot be read, 422 when it can but names
 * nothing usable; the {@code parameter} property names it. Parameters are checked before the first byte of a
 * file is written, so a refusal never arrives inside a half-written download.
 */
@RestControllerAdvice(assignableTypes = {ReportController.class, ReportApiController.class})
class ReportErrors {

    @ExceptionHandler
    ProblemDetail invalid(InvalidParameterException e) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(
                e.malformed() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        detail.setTitle("Invalid parameter '" + e.parameter() + "'");
        detail.setProperty("parameter", e.parameter());
        return detail;
    }
}
