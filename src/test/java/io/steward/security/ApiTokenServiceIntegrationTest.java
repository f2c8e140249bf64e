package io.steward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.base.ApiScope;
import io.steward.demo.DemoOrganisation;
import io.steward.security.ApiTokenService.ApiTokenSummary;
import io.steward.security.ApiTokenService.NewApiToken;
import io.steward.security.domain.ApiTokenRepository;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import java.time.Clock;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ApiTokenServiceIntegrationTest {

    @Autowired
    private ApiTokenService tokens;
    @Autowired
    private ApiTokenAuthenticator authenticator;
    @Autowired
    private ApiTokenRepository repository;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Clock clock;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void a_new_token_is_shown_once_and_only_its_hash_is_stored() {
        NewApiToken token;
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            token = tokens.create("  nightly HR sync  ", EnumSet.of(ApiScope.IMPORT));
        }

        assertThat(token.token()).startsWith("stw_").hasSizeGreaterThan(40);
        assertThat(token.name()).isEqualTo("nightly HR sync");
        String stored = jdbc.sql("SELECT token_hash FROM api_token WHERE id = ?").param(token.id())
                .query(String.class).single();
        assertThat(stored).isEqualTo(SecretTokens.hash(token.token())).doesNotContain(token.token());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash LIKE ?").param("%" + token.token() + "%")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void a_token_acts_as_hr_with_its_scopes_and_the_list_shows_its_last_use() {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            NewApiToken token = tokens.create("reports dashboard", EnumSet.of(ApiScope.REPORTS));

            Authentication authentication = authenticator.authenticate(token.token()).orElseThrow();

            assertThat(authentication.getAuthorities()).extracting(Object::toString)
                    .containsExactlyInAnyOrder("ROLE_HR", "SCOPE_REPORTS");
            ApiTokenSummary summary = tokens.list().stream().filter(t -> t.id() == token.id()).findFirst()
                    .orElseThrow();
            assertThat(summary.owner()).isEqualTo("Hannah Reed");
            assertThat(summary.lastUsedAt()).isNotNull();
            assertThat(summary.active()).isTrue();
        }
    }

    @Test
    void a_revoked_token_no_longer_authenticates_but_stays_listed() {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            NewApiToken token = tokens.create("old script", EnumSet.of(ApiScope.IMPORT));

            tokens.revoke(token.id());

            assertThat(authenticator.authenticate(token.token())).isEmpty();
            assertThat(tokens.list()).filteredOn(t -> t.id() == token.id()).singleElement()
                    .satisfies(t -> assertThat(t.active()).isFalse());
        }
    }

    @Test
    void a_token_stops_working_when_its_owner_leaves_hr() {
        NewApiToken token;
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            token = tokens.create("owner check", EnumSet.of(ApiScope.IMPORT));
        }
        long owner = jdbc.sql("SELECT id FROM employee WHERE email = ?").param(DemoOrganisation.HR)
                .query(Long.class).single();
        jdbc.sql("DELETE FROM employee_role WHERE employee_id = ? AND role = 'HR'").param(owner).update();
        try {
            assertThat(authenticator.authenticate(token.token())).isEmpty();
        } finally {
            jdbc.sql("INSERT INTO employee_role (employee_id, role) VALUES (?, 'HR')").param(owner).update();
        }
        assertThat(authenticator.authenticate(token.token())).isPresent();
    }

    @Test
    void the_bootstrap_token_acts_with_every_scope_and_only_while_it_is_configured() {
        String value = "provisioning-" + "x".repeat(40);
        startWithBootstrapToken(value);
        startWithBootstrapToken(value);

        assertThat(authenticator.authenticate(value).orElseThrow().getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_HR", "SCOPE_IMPORT", "SCOPE_REPORTS", "SCOPE_AUDIT", "SCOPE_SCIM",
                        ApiScope.BOOTSTRAP_AUTHORITY);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE bootstrap AND revoked_at IS NULL")
                .query(Integer.class).single()).as("a restart adds no second token").isEqualTo(1);

        startWithBootstrapToken("");

        assertThat(authenticator.authenticate(value)).isEmpty();
    }

    /** What start-up does, in its own transaction as the runner bean would. */
    private void startWithBootstrapToken(String value) {
        transaction.executeWithoutResult(status -> new BootstrapToken(repository, clock, events, value).run(null));
    }

    @Test
    void a_bootstrap_token_shorter_than_32_characters_stops_start_up_with_a_clear_message() {
        assertThat(BootstrapToken.problem("too-short")).hasValueSatisfying(message -> assertThat(message)
                .startsWith("STEWARD_BOOTSTRAP_HR_TOKEN is too short (9 characters): use at least 32"));
        assertThat(BootstrapToken.problem("")).isEmpty();
        assertThat(BootstrapToken.problem(null)).isEmpty();
        assertThatThrownBy(() -> new BootstrapToken(repository, clock, events, "too-short"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32");
    }

    @Test
    void only_hr_may_manage_tokens() {
        try (var manager = signedIn.as(DemoOrganisation.MANAGER)) {
            assertThatThrownBy(() -> tokens.create("mine", EnumSet.of(ApiScope.IMPORT)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tokens.list()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
