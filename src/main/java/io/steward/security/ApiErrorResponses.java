package io.steward.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers when a request is not allowed or goes nowhere, as RFC 9457 problem details like its other
 * errors (under {@code /scim/}, as SCIM errors, RFC 7644 section 3.12): 401 without a valid token (with the
 * {@code WWW-Authenticate} header RFC 6750 asks for), 403 when the token lacks the scope the endpoint needs, 404
 * for a path no endpoint answers.
 */
@Component
class ApiErrorResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String INVALID_TOKEN = "invalid_token";

    private final JsonMapper json;

    ApiErrorResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean tokenGiven = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                tokenGiven ? "Bearer realm=\"steward\", error=\"" + INVALID_TOKEN + "\"" : "Bearer realm=\"steward\"");
        write(request, response, HttpStatus.UNAUTHORIZED, tokenGiven
                ? "The API token is unknown or revoked, or its owner may no longer use it."
                : "This API needs a token: send the header 'Authorization: Bearer <token>'.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "The API token does not have the scope this request needs.");
    }

    /** A path under {@code /api/} or {@code /scim/} that no endpoint answers (see {@link UnmappedApiPaths}). */
    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.NOT_FOUND, "No API endpoint answers this path.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        boolean scim = request.getRequestURI().startsWith(request.getContextPath() + "/scim/");
        if (scim) {
            problem.put("schemas", List.of("urn:ietf:params:scim:api:messages:2.0:Error"));
            problem.put("status", Integer.toString(status.value()));
        } else {
            problem.put("type", "about:blank");
            problem.put("title", status.getReasonPhrase());
            problem.put("status", status.value());
        }
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(scim ? "application/scim+json" : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
