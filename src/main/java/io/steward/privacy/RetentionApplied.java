package io.steward.privacy;

/**
 * One chunk of a retention run deleted or pseudonymised {@code count} records of one kind; published in the chunk's
 * transaction, so the audit trail records exactly what was committed. {@code trigger} is {@code nightly} or
 * {@code manual}.
 */
public record RetentionApplied(String kind, int count, String trigger) {
}
