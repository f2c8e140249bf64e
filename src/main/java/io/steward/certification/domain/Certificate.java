package io.steward.certification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Issued once per completion and never changed. */
@Entity
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private long completionId;
    private long employeeId;
    private String holderName;
    private String moduleId;
    private String moduleTitle;
    private String moduleVersion;
    /** Null for a module without a quiz, completed by its attestation. */
    private Integer scorePercent;
    private Instant completedAt;
    private Instant expiresAt;
    private Instant issuedAt;

    protected Certificate() {
    }

    public Certificate(String code, long completionId, long employeeId, String holderName, String moduleId,
            String moduleTitle, String moduleVersion, Integer scorePercent, Instant completedAt, Instant expiresAt,
            Instant issuedAt) {
        this.code = code;
        this.completionId = completionId;
        this.employeeId = employeeId;
        this.holderName = holderName;
        this.moduleId = moduleId;
        this.moduleTitle = moduleTitle;
        this.moduleVersion = moduleVersion;
        this.scorePercent = scorePercent;
        this.completedAt = completedAt;
        this.expiresAt = expiresAt;
        this.issuedAt = issuedAt;
    }

    public String getCode() {
        return code;
    }

    public long getCompletionId() {
        return completionId;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public String getModuleVersion() {
        return moduleVersion;
    }

    public Integer getScorePercent() {
        return scorePercent;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
