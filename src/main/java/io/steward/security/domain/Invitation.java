package io.steward.security.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** The open (or used) invitation of one person: only the hash of its token is kept. */
@Entity
public class Invitation {

    @Id
    private Long employeeId;

    private String tokenHash;
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant usedAt;

    /** A wrapper type, so that a new invitation is recognised as new and inserted without a select first. */
    @Version
    private Long version;

    protected Invitation() {
    }

    public Invitation(long employeeId, String tokenHash, Instant issuedAt, Instant expiresAt) {
        this.employeeId = employeeId;
        reissue(tokenHash, issuedAt, expiresAt);
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isOpen(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void reissue(String newTokenHash, Instant at, Instant expires) {
        this.tokenHash = newTokenHash;
        this.issuedAt = at;
        this.expiresAt = expires;
        this.usedAt = null;
    }

    public void use(Instant at) {
        this.usedAt = at;
    }
}
