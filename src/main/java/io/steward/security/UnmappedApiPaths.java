package io.steward.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every path under {@code /api/} that no endpoint answers ends here, with a plain 404. Without it such a request
 * would fall through to the Vaadin UI, which answers every other path: a request with a valid token could then
 * reach the screens. Endpoints' own, more specific mappings always win over this one.
 */
@RestController
class UnmappedApiPaths {

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No API endpoint answers this path."));
    }
}
