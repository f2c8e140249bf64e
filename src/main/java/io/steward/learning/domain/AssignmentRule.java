package io.steward.learning.domain;

import io.steward.directory.Audience;
import io.steward.learning.Recertification;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

@Entity
public class AssignmentRule {

    /** Audience values are stored one per line; none of them (ids, names, role names) may contain a newline. */
    private static final String SEPARATOR = "\n";
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String moduleId;

    @Enumerated(EnumType.STRING)
    private Audience.Type audienceType;

    private String audienceValues;
    private LocalDate dueDate;
    private Integer dueInDays;
    private Integer dueDaysAfterHire;
    private Long createdBy;
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private Recertification.Kind recertification;

    private Integer recertificationLeadDays;
    private String windowOpens;
    private String windowDue;
    private Instant retiredAt;
    private Long retiredBy;

    @Version
    private long version;

    protected AssignmentRule() {
    }

    public AssignmentRule(String moduleId, Audience audience, LocalDate dueDate, Integer dueInDays,
            Integer dueDaysAfterHire, Recertification recertification, Long createdBy, Instant createdAt) {
        this.moduleId = moduleId;
        change(audience, dueDate, dueInDays, dueDaysAfterHire, recertification);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A rule with this one's id and module and other settings, for working out what a change would do. */
    public AssignmentRule proposed(Audience audience, LocalDate dueDate, Integer dueInDays, Integer dueDaysAfterHire,
            Recertification recertification) {
        AssignmentRule proposed = new AssignmentRule(moduleId, audience, dueDate, dueInDays, dueDaysAfterHire,
                recertification, createdBy, createdAt);
        proposed.id = id;
        return proposed;
    }

    /** New settings; the version before is kept in the rule's history (docs/decisions/0018). */
    public void change(Audience audience, LocalDate dueDate, Integer dueInDays, Integer dueDaysAfterHire,
            Recertification recertification) {
        this.audienceType = audience.type();
        this.audienceValues = String.join(SEPARATOR, audience.values());
        this.dueDate = dueDate;
        this.dueInDays = dueInDays;
        this.dueDaysAfterHire = dueDaysAfterHire;
        this.recertification = recertification.kind();
        this.recertificationLeadDays = recertification.leadDays();
        this.windowOpens = recertification.windowOpens() == null ? null : MONTH_DAY.format(recertification.windowOpens());
        this.windowDue = recertification.windowDue() == null ? null : MONTH_DAY.format(recertification.windowDue());
    }

    /** From now on the rule requires nobody; it stays, with its history, as evidence. */
    public void retire(Instant at, Long by) {
        this.retiredAt = at;
        this.retiredBy = by;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public Instant getRetiredAt() {
        return retiredAt;
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

    public Recertification getRecertification() {
        return new Recertification(recertification, recertificationLeadDays,
                windowOpens == null ? null : MonthDay.parse(windowOpens, MONTH_DAY),
                windowDue == null ? null : MonthDay.parse(windowDue, MONTH_DAY));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Integer getDueDaysAfterHire() {
        return dueDaysAfterHire;
    }

    /**
     * The due date the rule sets for someone assigned on the given day and hired on {@code hired} (null: not
     * known, then counted from the day assigned). The cycle decides what happens when that date has passed.
     */
    public LocalDate dueFor(LocalDate assignedOn, LocalDate hired) {
        if (dueDate != null) {
            return dueDate;
        }
        return dueInDays != null ? assignedOn.plusDays(dueInDays)
                : (hired != null ? hired : assignedOn).plusDays(dueDaysAfterHire);
    }
}
