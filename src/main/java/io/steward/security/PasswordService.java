package io.steward.security;

import io.steward.base.CurrentUser;
import io.steward.base.SignedInUser;
import io.steward.security.domain.Credential;
import io.steward.security.domain.CredentialRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets signed-in people change their own password. */
@Service
public class PasswordService {

    private final CredentialRepository credentials;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    PasswordService(CredentialRepository credentials, PasswordEncoder encoder, CurrentUser currentUser, Clock clock) {
        this.credentials = credentials;
        this.encoder = encoder;
        this.currentUser = currentUser;
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
        Credential credential = credentials.findById(user.employeeId().value()).orElse(null);
        if (credential == null || !encoder.matches(currentPassword, credential.getPasswordHash())) {
            return List.of("password.currentWrong");
        }
        List<String> problems = PasswordPolicy.problems(newPassword, user.getUsername());
        if (problems.isEmpty()) {
            credential.change(encoder.encode(newPassword), clock.instant());
        }
        return problems;
    }
}
