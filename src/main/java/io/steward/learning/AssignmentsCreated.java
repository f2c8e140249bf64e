package io.steward.learning;

import io.steward.directory.Audience;

/** HR assigned a module to an audience; {@code created} people did not have it yet. */
public record AssignmentsCreated(long ruleId, String moduleId, Audience.Type audience, int created) {
}
