package io.steward.learning.domain;

import io.steward.directory.Audience;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

@Entity
public class AssignmentRule {

    /** Audience values are stored one per line; none of them (ids, names, role names) may contain a newline. */
    private static final String SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String moduleId;

    @Enumerated(EnumType.STRING)
    private Audience.Type audienceType;

    private String audienceValues;
    private LocalDate dueDate;
    private Integer dueInDays;
    private long createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected AssignmentRule() {
    }

    public AssignmentRule(String moduleId, Audience audience, LocalDate dueDate,
            Integer dueInDays, long createdBy, Instant createdAt) {
        this.moduleId = moduleId;
        this.audienceType = audience.type();
        this.audienceValues = String.join(SEPARATOR, audience.values());
        this.dueDate = dueDate;
        this.dueInDays = dueInDays;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getModuleId() {
        return moduleId;
    }

    public Audience getAudience() {
        return new Audience(audienceType,
                audienceValues.isEmpty() ? List.of() : Arrays.asList(audienceValues.split(SEPARATOR)));
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Integer getDueInDays() {
        return dueInDays;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The due date for someone assigned on the given day. */
    public LocalDate dueFor(LocalDate assignedOn) {
        return dueDate != null ? dueDate : assignedOn.plusDays(dueInDays);
    }
}
