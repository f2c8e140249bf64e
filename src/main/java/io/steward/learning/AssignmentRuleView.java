package io.steward.learning;

import io.steward.directory.Audience;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A rule as HR and the API see it; {@code assignments} counts the people whose assignment it opened.
 * {@code retiredAt} is null while the rule is in force.
 */
public record AssignmentRuleView(long id, String moduleId, Audience audience, LocalDate dueDate, Integer dueInDays,
        Integer dueDaysAfterHire, Recertification recertification, Instant createdAt, Instant retiredAt,
        long assignments) {
}
