package io.steward.security;

import io.steward.base.EmployeeId;
import io.steward.base.SignedInUser;
import io.steward.directory.EmployeesDeactivated;
import io.steward.directory.RolesChanged;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the sessions of people who were just deactivated, or whose roles changed, and the other sessions of
 * someone who changed their password, once the change is committed, on every instance (SessionRevocations;
 * on this one at once through the session registry):
 * their next request finds itself signed out. A deactivated person cannot sign in again (sign-in refuses
 * inactive people); a person whose roles changed signs in with the roles they have now, so a role taken away
 * stops working at once instead of at the end of the session.
 */
@Component
class SessionTerminator {

    private final SessionRegistry sessions;
    private final SessionRevocations revocations;

    SessionTerminator(SessionRegistry sessions, SessionRevocations revocations) {
        this.sessions = sessions;
        this.revocations = revocations;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(EmployeesDeactivated event) {
        endSessionsOf(event.employees(), "");
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RolesChanged event) {
        endSessionsOf(Set.of(event.employee()), "");
    }

    /** A new password ends every other session of the person: whoever had their old one is signed out. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PasswordChanged event) {
        if (!event.changed()) {
            return;
        }
        endSessionsOf(Set.of(event.employee()), event.keptSession());
        ClientRequest.session().ifPresent(revocations::renew);
    }

    /** Ends the people's sessions, all but {@code kept} (a session id; empty: none kept), on every instance. */
    private void endSessionsOf(Collection<EmployeeId> people, String kept) {
        revocations.revoke(people);
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && people.contains(user.employeeId())) {
                sessions.getAllSessions(principal, false).stream()
                        .filter(session -> !session.getSessionId().equals(kept))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }
}
