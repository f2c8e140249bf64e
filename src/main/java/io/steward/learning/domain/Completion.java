package io.steward.learning.domain;

import io.steward.content.ModuleVersionRef;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

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
    /** The quiz attempt that passed; null for a module without a quiz, completed by its attestation alone. */
    private Long attemptId;
    private Integer scorePercent;
    private String attestationText;
    private Instant attestedAt;
    private Instant completedAt;
    private Instant expiresAt;

    protected Completion() {
    }

    /** A module without a quiz, completed by agreeing to its attestation after reading every lesson. */
    public Completion(long employeeId, ModuleVersionRef module, String attestationText, Instant completedAt,
            Instant expiresAt) {
        this.employeeId = employeeId;
        this.moduleId = module.moduleId();
        this.moduleVersion = module.version().toString();
        this.contentHash = module.contentHash();
        this.attestationText = attestationText;
        this.attestedAt = completedAt;
        this.completedAt = completedAt;
        this.expiresAt = expiresAt;
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

    /** When a completion made at {@code completedAt} stops being valid; null when the module does not expire. */
    public static Instant expiry(Instant completedAt, Period recertifyEvery) {
        return recertifyEvery == null ? null : completedAt.atZone(ZoneOffset.UTC).plus(recertifyEvery).toInstant();
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

    /** Null when the module had no quiz. */
    public Integer getScorePercent() {
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
