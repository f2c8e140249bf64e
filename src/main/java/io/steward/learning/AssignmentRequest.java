package io.steward.learning;

import io.steward.directory.Audience;
import java.time.LocalDate;

/** HR's request to assign a module: to whom, and due by a date or a number of days after assignment. */
public record AssignmentRequest(String moduleId, Audience audience, LocalDate dueDate, Integer dueInDays) {
}
