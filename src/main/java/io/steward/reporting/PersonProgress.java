package io.steward.reporting;

/** One person in a people list, with their assignments counted by where they stand. */
public record PersonProgress(long id, String displayName, String department, long open, long overdue,
        long completed) {
}
