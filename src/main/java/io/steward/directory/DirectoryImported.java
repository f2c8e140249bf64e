package io.steward.directory;

/** HR imported a staff list: how many people were created, updated and deactivated. */
public record DirectoryImported(String mode, int created, int updated, int deactivated, int unchanged) {
}
