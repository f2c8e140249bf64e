package io.steward.content.format;

import io.steward.content.SemanticVersion;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * The settings at the top of a module file, as read. Any field may be null when it was missing or wrong
 * (the reader has then reported a problem); {@code lines} gives the line of each key that was present.
 */
public record FrontMatter(String id, String title, SemanticVersion version, String summary,
        Integer estimatedMinutes, Integer passMark, Integer questionsPerAttempt, Integer maxAttempts,
        Period recertifyEvery, String attestation, String attestationDocument, List<String> tags, String language,
        Map<String, Integer> lines) {

    public FrontMatter {
        tags = tags == null ? List.of() : List.copyOf(tags);
        lines = Map.copyOf(lines);
    }

    /** The line of {@code key}, or of the opening {@code ---} when the key is absent. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }

    public boolean has(String key) {
        return lines.containsKey(key);
    }
}
