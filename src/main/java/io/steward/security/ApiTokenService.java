package io.steward.security;

import io.steward.base.ApiScope;
import io.steward.base.CurrentUser;
import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.directory.DirectoryService;
import io.steward.directory.SignInAccount;
import io.steward.security.domain.ApiToken;
import io.steward.security.domain.ApiTokenRepository;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's tokens for the HTTP API. A token is shown once, when it is created; Steward keeps only its SHA-256.
 * A token acts with HR rights for as long as the person who created it is active and still in HR.
 */
@Service
public class ApiTokenService {

    /** Every token starts with this, so that secret scanners and people recognise a leaked one. */
    static final String PREFIX = "stw_";
    public static final int MAX_NAME_LENGTH = 100;

    private final ApiTokenRepository tokens;
    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokenService(ApiTokenRepository tokens, DirectoryService directory, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** A token just created: {@code token} is the secret, shown to its creator this once. */
    public record NewApiToken(long id, String name, String token) {
    }

    /** A token as the token list shows it; {@code owner} is empty for the start-up token. */
    public record ApiTokenSummary(long id, String name, String owner, Set<ApiScope> scopes, Instant createdAt,
            Instant lastUsedAt, Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    @RolesAllowed(Role.Names.HR)
    @Transactional
    public NewApiToken create(String name, Set<ApiScope> scopes) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH || scopes.isEmpty()) {
            throw new IllegalArgumentException("a token needs a name of 1 to 100 characters and at least one scope");
        }
        String token = SecretTokens.newToken(PREFIX);
        ApiToken saved = tokens.save(new ApiToken(trimmed, SecretTokens.hash(token),
                currentUser.require().employeeId().value(), false, scopes, clock.instant()));
        events.publishEvent(new ApiTokenChanged(saved.getId(), false, scopes));
        return new NewApiToken(saved.getId(), saved.getName(), token);
    }

    @RolesAllowed(Role.Names.HR)
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> list() {
        return tokens.findAllByOrderByRevokedAtAscCreatedAtDesc().stream().map(this::summary).toList();
    }

    @RolesAllowed(Role.Names.HR)
    @Transactional
    public void revoke(long id) {
        tokens.findById(id).filter(token -> !token.isRevoked()).ifPresent(token -> {
            token.revoke(clock.instant());
            events.publishEvent(new ApiTokenChanged(id, true, token.getScopes()));
        });
    }

    private ApiTokenSummary summary(ApiToken token) {
        String owner = token.getOwnerId() == null ? ""
                : directory.findSignInAccount(new EmployeeId(token.getOwnerId())).map(SignInAccount::displayName)
                        .orElse("");
        return new ApiTokenSummary(token.getId(), token.getName(), owner, token.getScopes(), token.getCreatedAt(),
                token.getLastUsedAt(), token.getRevokedAt());
    }
}
