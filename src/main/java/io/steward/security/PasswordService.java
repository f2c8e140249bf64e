package io.steward.security;

import io.steward.base.CurrentUser;
import io.steward.base.SignedInUser;
import io.steward.security.LoginThrottle.Check;
import io.steward.security.domain.Credential;
import io.steward.security.domain.CredentialRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets signed-in people change their own password: the current one is required and its checks are throttled
 * like sign-ins (someone at an unlocked desk cannot guess it); a change ends the person's other sessions and is
 * recorded in the audit trail, and so is a wrong current password.
 */
@Service
public class PasswordService {

    private final CredentialRepository credentials;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordService(CredentialRepository credentials, PasswordEncoder encoder, CurrentUser currentUser,
            LoginThrottle throttle, ApplicationEventPublisher events, Clock clock) {
        this.credentials = credentials;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Changes the signed-in person's password.
     *
     * @return message keys of the problems; empty when the password was changed
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> changeOwnPassword(String currentPassword, String newPassword) {
        SignedInUser user = currentUser.require();
        String client = ClientRequest.address();
        String session = ClientRequest.sessionId();
        if (throttle.isLocked(Check.CURRENT_PASSWORD, user.getUsername(), client)) {
            return List.of("password.throttled");
        }
        Credential credential = credentials.findById(user.employeeId().value()).orElse(null);
        if (credential == null || !encoder.matches(currentPassword, credential.getPasswordHash())) {
            throttle.recordFailure(Check.CURRENT_PASSWORD, user.getUsername(), client);
            events.publishEvent(new PasswordChanged(user.employeeId(), false, session));
            return List.of("password.currentWrong");
        }
        throttle.recordSuccess(Check.CURRENT_PASSWORD, user.getUsername(), client);
        List<String> problems = PasswordPolicy.problems(newPassword, user.getUsername());
        if (problems.isEmpty()) {
            credential.change(encoder.encode(newPassword), clock.instant());
            events.publishEvent(new PasswordChanged(user.employeeId(), true, session));
        }
        return problems;
    }
}
