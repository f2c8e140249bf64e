package io.steward.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class AttemptGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long employeeId;
    private String moduleId;
    private int extra;
    private String reason;
    private long grantedBy;
    private Instant grantedAt;

    protected AttemptGrant() {
    }

    public AttemptGrant(long employeeId, String moduleId, int extra, String reason, long grantedBy, Instant grantedAt) {
        this.employeeId = employeeId;
        this.moduleId = moduleId;
        this.extra = extra;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public int getExtra() {
        return extra;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
