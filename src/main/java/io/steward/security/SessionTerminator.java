package io.steward.security;

import io.steward.base.SignedInUser;
import io.steward.directory.EmployeesDeactivated;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the sessions of people who were just deactivated, once the deactivation is committed: their next
 * request finds itself signed out. (They cannot sign in again either: sign-in refuses inactive people.)
 */
@Component
class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(EmployeesDeactivated event) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && event.employees().contains(user.employeeId())) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
