package io.steward.learning;

import io.steward.directory.Audience;
import java.time.Instant;
import java.time.LocalDate;

public record AssignmentRuleView(long id, String moduleId, Audience audience, LocalDate dueDate, Integer dueInDays,
        Instant createdAt, long assignments) {
}
