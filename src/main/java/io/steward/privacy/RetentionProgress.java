package io.steward.privacy;

/** How far a retention run is: records of {@code kind} done so far, out of those expired when it started. */
public record RetentionProgress(String kind, long done, long total) {
}
