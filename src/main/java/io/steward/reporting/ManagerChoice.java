package io.steward.reporting;

/** A manager whose reporting line a report can be narrowed to. */
public record ManagerChoice(long id, String displayName) {
}
