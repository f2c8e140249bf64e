package io.steward.content;

import java.io.Serializable;

/**
 * Exactly which text of a module someone saw: the hash tells apart two files that carry the same version
 * number (an author who forgot to raise it). Completions and attempts record this.
 */
public record ModuleVersionRef(String moduleId, SemanticVersion version, String contentHash) implements Serializable {
}
