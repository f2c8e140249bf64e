package io.steward.directory.importing;

/** Whether a staff list is the whole organisation or only some people in it. */
public enum ImportMode {
    /** The file lists everyone: active people missing from it are deactivated. */
    FULL,
    /** The file lists only the people to add or change: nobody else is touched. */
    PARTIAL
}
