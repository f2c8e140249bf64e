package io.steward.security;

import io.steward.base.ApiScope;
import io.steward.security.domain.ApiToken;
import io.steward.security.domain.ApiTokenRepository;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code STEWARD_BOOTSTRAP_HR_TOKEN}: for automated deployments, makes the given value an HR API token with
 * every scope, so that a provisioning script can load the first staff list before anyone can sign in. It is
 * stored hashed like any other token. Only the current value works: a changed value revokes the old one, and
 * unsetting the variable revokes it too.
 */
@Component
public class BootstrapToken implements ApplicationRunner {

    public static final String VARIABLE = "STEWARD_BOOTSTRAP_HR_TOKEN";
    static final int MIN_LENGTH = 32;
    private static final Logger log = LoggerFactory.getLogger(BootstrapToken.class);

    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String value;

    BootstrapToken(ApiTokenRepository tokens, Clock clock, ApplicationEventPublisher events,
            @Value("${" + VARIABLE + ":}") String value) {
        problem(value).ifPresent(message -> {
            throw new IllegalStateException(message);
        });
        this.tokens = tokens;
        this.clock = clock;
        this.events = events;
        this.value = value;
    }

    /** What is wrong with a bootstrap token value, in one line for the person starting Steward. */
    public static Optional<String> problem(String value) {
        if (value == null || value.isEmpty() || value.length() >= MIN_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(VARIABLE + " is too short (" + value.length() + " characters): use at least "
                + MIN_LENGTH + " random characters, for example the output of 'openssl rand -hex 32'.");
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = value.isEmpty() ? null : SecretTokens.hash(value);
        for (ApiToken token : tokens.findByBootstrapTrueAndRevokedAtIsNull()) {
            if (!token.getTokenHash().equals(hash)) {
                token.revoke(clock.instant());
                events.publishEvent(new ApiTokenChanged(token.getId(), true, token.getScopes()));
                log.info("Revoked the previous {} token", VARIABLE);
            }
        }
        if (hash == null) {
            return;
        }
        Optional<ApiToken> known = tokens.findByTokenHash(hash);
        if (known.isEmpty()) {
            ApiToken saved = tokens.save(new ApiToken(VARIABLE, hash, null, true, EnumSet.allOf(ApiScope.class),
                    clock.instant()));
            events.publishEvent(new ApiTokenChanged(saved.getId(), false, saved.getScopes()));
            log.info("{} is now a valid HR API token with every scope", VARIABLE);
        } else if (known.get().isRevoked()) {
            // HR revoked it in Steward; a restart must not bring it back.
            log.warn("{} holds a token that was revoked; set a new value to use one", VARIABLE);
        }
    }
}
