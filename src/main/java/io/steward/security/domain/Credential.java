package io.steward.security.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
public class Credential {

    @Id
    private Long employeeId;

    private String passwordHash;
    private Instant changedAt;

    @Version
    private long version;

    protected Credential() {
    }

    public Credential(long employeeId, String passwordHash, Instant changedAt) {
        this.employeeId = employeeId;
        this.passwordHash = passwordHash;
        this.changedAt = changedAt;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** The same password hashed again (at another cost): not a change of password. */
    public void rehash(String newHash) {
        this.passwordHash = newHash;
    }

    public void change(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.changedAt = at;
    }
}
