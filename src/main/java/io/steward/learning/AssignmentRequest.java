package io.steward.learning;

import io.steward.directory.Audience;
import java.time.LocalDate;

/**
 * HR's request to assign a module: to whom, due by a date, a number of days after assignment or a number of
 * days after each person's hire date (exactly one of the three), and how completions are renewed
 * ({@code null}: rolling, with the default lead time).
 */
public record AssignmentRequest(String moduleId, Audience audience, LocalDate dueDate, Integer dueInDays,
        Integer dueDaysAfterHire, Recertification recertification) {

    /** Due by a date or a number of days after assignment. */
    public AssignmentRequest(String moduleId, Audience audience, LocalDate dueDate, Integer dueInDays,
            Recertification recertification) {
        this(moduleId, audience, dueDate, dueInDays, null, recertification);
    }

    public AssignmentRequest(String moduleId, Audience audience, LocalDate dueDate, Integer dueInDays) {
        this(moduleId, audience, dueDate, dueInDays, null, null);
    }
}
