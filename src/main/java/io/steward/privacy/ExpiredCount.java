package io.steward.privacy;

/** What the next retention run would delete or pseudonymise of one kind. */
public record ExpiredCount(String kind, long count) {
}
