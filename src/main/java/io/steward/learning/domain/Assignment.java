package io.steward.learning.domain;

import io.steward.learning.AssignmentState;
import io.steward.learning.CycleReason;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * The current cycle of a person and module, read by JPA and written only by {@code AssignmentCycle}, which
 * records each cycle in {@code assignment_cycle} as it changes this row (docs/decisions/0017).
 */
@Entity
@Immutable
public class Assignment {

    @Id
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

    protected Assignment() {
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
}
