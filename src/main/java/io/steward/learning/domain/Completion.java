package io.steward.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Evidence of a completed module; written once, never changed. */
@Entity
public class Completion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long employeeId;
    private String moduleId;
    private String moduleVersion;
    private String contentHash;
    private long attemptId;
    private int scorePercent;
    private String attestationText;
    private Instant attestedAt;
    private Instant completedAt;
    private Instant expiresAt;

    protected Completion() {
    }

    public Completion(QuizAttempt attempt, String attestationText, Instant completedAt, Instant expiresAt) {
        this.employeeId = attempt.getEmployeeId();
        this.moduleId = attempt.getModuleId();
        this.moduleVersion = attempt.getModuleVersion();
        this.contentHash = attempt.getContentHash();
        this.attemptId = attempt.getId();
        this.scorePercent = attempt.getScorePercent();
        this.attestationText = attestationText;
        this.attestedAt = attestationText == null ? null : completedAt;
        this.completedAt = completedAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getModuleVersion() {
        return moduleVersion;
    }

    public int getScorePercent() {
        return scorePercent;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getAttestationText() {
        return attestationText;
    }
}
