package io.steward.privacy;

import java.util.Map;

/** A retention run finished: how many records of each kind it deleted or pseudonymised, zeros included. */
public record RetentionRun(Map<String, Long> counts, String trigger) {

    public RetentionRun {
        counts = Map.copyOf(counts);
    }
}
