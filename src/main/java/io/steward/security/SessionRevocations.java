package io.steward.security;

import io.steward.base.EmployeeId;
import io.steward.base.SignedInUser;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a person's sessions on every instance (docs/decisions/0021): ending them writes the moment into the
 * database ({@code session_revocation}), and on each request of a signed-in session, on whichever instance,
 * this filter compares it with when that session began; an older session is signed out there and then. The
 * in-memory session registry still ends the sessions on the instance that made the change at once.
 */
@Component
class SessionRevocations {

    /** When the session's sign-in was first seen, as a session attribute. */
    static final String SIGNED_IN_AT = SessionRevocations.class.getName() + ".signedInAt";

    private final JdbcClient jdbc;
    private final Clock clock;

    SessionRevocations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every session of these people that began before now ends, on every instance. */
    void revoke(Collection<EmployeeId> people) {
        Timestamp now = Timestamp.from(clock.instant());
        for (EmployeeId person : people) {
            jdbc.sql("""
                    INSERT INTO session_revocation (employee_id, revoked_at) VALUES (:person, :now)
                    ON DUPLICATE KEY UPDATE revoked_at = :now""")
                    .param("person", person.value()).param("now", now).update();
        }
    }

    /** The session of this request began after any revocation so far (its person just proved who they are). */
    void renew(HttpSession session) {
        session.setAttribute(SIGNED_IN_AT, clock.instant().plusMillis(1));
    }

    /** The check, for the browser chain (SecurityConfig), before it decides what the request may see. */
    Filter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                check(request);
                chain.doFilter(request, response);
            }
        };
    }

    private void check(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session == null || authentication == null
                || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant began)) {
            session.setAttribute(SIGNED_IN_AT, clock.instant());
        } else if (revokedAt(user.employeeId()).filter(revoked -> !revoked.isBefore(began)).isPresent()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<Instant> revokedAt(EmployeeId person) {
        return jdbc.sql("SELECT revoked_at FROM session_revocation WHERE employee_id = :person")
                .param("person", person.value()).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }
}
