package io.steward.learning.domain;

import io.steward.learning.AssignmentState;
import io.steward.learning.CycleReason;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

@Entity
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long employeeId;
    private String moduleId;
    private Long ruleId;

    @Enumerated(EnumType.STRING)
    private AssignmentState state;

    private Instant assignedAt;
    private LocalDate dueDate;
    private Instant completedAt;
    private String exemptReason;

    @Enumerated(EnumType.STRING)
    private CycleReason cycleReason;

    private Instant closedAt;

    @Version
    private long version;

    protected Assignment() {
    }

    public Assignment(long employeeId, String moduleId, Long ruleId, Instant assignedAt, LocalDate dueDate) {
        this.employeeId = employeeId;
        this.moduleId = moduleId;
        this.ruleId = ruleId;
        this.assignedAt = assignedAt;
        this.dueDate = dueDate;
        this.state = AssignmentState.ASSIGNED;
        this.cycleReason = CycleReason.INITIAL;
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

    public AssignmentState getState() {
        return state;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public CycleReason getCycleReason() {
        return cycleReason;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public void start() {
        if (state == AssignmentState.ASSIGNED) {
            state = AssignmentState.IN_PROGRESS;
        }
    }

    public void complete(Instant at) {
        if (state.isOpen()) {
            state = AssignmentState.COMPLETED;
            completedAt = at;
        }
    }

    public void exempt(String reason) {
        state = AssignmentState.EXEMPTED;
        exemptReason = reason;
    }
}
