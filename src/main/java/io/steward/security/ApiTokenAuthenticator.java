package io.steward.security;

import io.steward.base.ApiCaller;
import io.steward.base.ApiScope;
import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.directory.DirectoryService;
import io.steward.directory.SignInAccount;
import io.steward.security.domain.ApiToken;
import io.steward.security.domain.ApiTokenRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a bearer token into who is calling: a valid token acts as HR with its scopes as authorities
 * ({@code SCOPE_IMPORT}, ...). A token whose creator has left or is no longer in HR stops working at once.
 */
@Component
class ApiTokenAuthenticator {

    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final DirectoryService directory;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokenRepository tokens, DirectoryService directory, Clock clock) {
        this.tokens = tokens;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public Optional<Authentication> authenticate(String token) {
        return tokens.findByTokenHashAndRevokedAtIsNull(SecretTokens.hash(token))
                .filter(this::ownerMayUseIt)
                .map(this::authenticated);
    }

    private boolean ownerMayUseIt(ApiToken token) {
        if (token.getOwnerId() == null) {
            return token.isBootstrap();
        }
        return directory.findSignInAccount(new EmployeeId(token.getOwnerId()))
                .filter(SignInAccount::active)
                .filter(owner -> owner.roles().contains(Role.HR))
                .isPresent();
    }

    private Authentication authenticated(ApiToken token) {
        Instant now = clock.instant();
        tokens.touch(token.getId(), now, now.minus(TOUCH_INTERVAL));
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Role.HR.authority()));
        for (ApiScope scope : token.getScopes()) {
            authorities.add(new SimpleGrantedAuthority(scope.authority()));
        }
        if (token.isBootstrap()) {
            authorities.add(new SimpleGrantedAuthority(ApiScope.BOOTSTRAP_AUTHORITY));
        }
        EmployeeId owner = token.getOwnerId() == null ? null : new EmployeeId(token.getOwnerId());
        return UsernamePasswordAuthenticationToken.authenticated(new ApiCaller(token.getId(), token.getName(), owner),
                null, authorities);
    }
}
