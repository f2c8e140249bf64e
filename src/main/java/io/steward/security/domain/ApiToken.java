package io.steward.security.domain;

import io.steward.base.ApiScope;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A bearer token for the API. Only the SHA-256 of the token is kept; revoked tokens stay for the record. */
@Entity
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String tokenHash;
    private Long ownerId;
    private boolean bootstrap;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_scope", joinColumns = @JoinColumn(name = "token_id"))
    @Column(name = "scope")
    @Enumerated(EnumType.STRING)
    private Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);

    @Version
    private long version;

    protected ApiToken() {
    }

    /** {@code ownerId} is {@code null} only for the token given at start-up (see {@link #isBootstrap()}). */
    public ApiToken(String name, String tokenHash, Long ownerId, boolean bootstrap, Set<ApiScope> scopes,
            Instant createdAt) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.ownerId = ownerId;
        this.bootstrap = bootstrap;
        this.scopes.addAll(scopes);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public boolean isBootstrap() {
        return bootstrap;
    }

    public Set<ApiScope> getScopes() {
        return scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
