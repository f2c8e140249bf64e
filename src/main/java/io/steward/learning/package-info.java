/**
 * Assignments and every cycle of them, lessons, quizzes, attestations and completions. Publishes what an
 * assignment's state means in SQL ({@link io.steward.learning.AssignmentSql}), for the features that read its
 * tables, so that the meaning is spelled in one place.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "content", "directory"})
package io.steward.learning;
