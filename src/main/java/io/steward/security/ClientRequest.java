package io.steward.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The browser request a service call is made in (a view's event, a form post), when there is one. */
final class ClientRequest {

    private ClientRequest() {
    }

    /** The client's address, as the throttle counts it; empty outside a request. */
    static String address() {
        return request().map(HttpServletRequest::getRemoteAddr).orElse("");
    }

    /** The id of the caller's session; empty outside a request or without a session. */
    static String sessionId() {
        return session().map(HttpSession::getId).orElse("");
    }

    /** The caller's session, when there is a request with one. */
    static Optional<HttpSession> session() {
        return request().map(r -> r.getSession(false));
    }

    private static Optional<HttpServletRequest> request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
