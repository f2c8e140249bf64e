package io.steward.content;

/** A module version (or new content under a version) was served for the first time. */
public record ModuleVersionFirstServed(String moduleId, String version, String contentHash) {
}
