package io.steward.learning.domain;

import io.steward.content.ModuleContent;
import io.steward.content.ModuleVersionRef;
import io.steward.content.SemanticVersion;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.Period;

@Entity
public class QuizAttempt {

    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String SUBMITTED = "SUBMITTED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long employeeId;
    private String moduleId;
    private String moduleVersion;
    private String contentHash;
    private String moduleTitle;
    private int passMark;
    private String attestation;
    private String recertifyEvery;
    private int attemptNumber;
    private String draw;
    private String state;
    private Instant startedAt;
    private Instant submittedAt;
    private Integer scorePercent;
    private Boolean passed;

    @Version
    private long version;

    protected QuizAttempt() {
    }

    public QuizAttempt(long employeeId, ModuleContent module, int attemptNumber, Draw draw, Instant startedAt) {
        this.employeeId = employeeId;
        this.moduleId = module.ref().moduleId();
        this.moduleVersion = module.ref().version().toString();
        this.contentHash = module.ref().contentHash();
        this.moduleTitle = module.title();
        this.passMark = module.passMark();
        this.attestation = module.attestation();
        this.recertifyEvery = module.recertifyEvery() == null ? null : module.recertifyEvery().toString();
        this.attemptNumber = attemptNumber;
        this.draw = draw.format();
        this.state = IN_PROGRESS;
        this.startedAt = startedAt;
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

    public ModuleVersionRef getVersionRef() {
        return new ModuleVersionRef(moduleId, SemanticVersion.of(moduleVersion), contentHash);
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public int getPassMark() {
        return passMark;
    }

    /** The statement to agree to after passing, as it read when the attempt started; null when there is none. */
    public String getAttestation() {
        return attestation;
    }

    /** When a completion from this attempt expires; null when it does not. */
    public Instant expiryFor(Instant completedAt) {
        return Completion.expiry(completedAt, recertifyEvery == null ? null : Period.parse(recertifyEvery));
    }

    public int getAttemptNumber() {
        return attemptNumber;
    }

    public Draw getDraw() {
        return Draw.parse(draw);
    }

    public boolean isSubmitted() {
        return SUBMITTED.equals(state);
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Integer getScorePercent() {
        return scorePercent;
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }
}
