package io.steward.content;

/** How a module file stands after the last load. */
public enum ModuleStatus {
    /** The file is valid and is what employees see. */
    VALID,
    /** The file has errors; its last valid version is still served until it is fixed. */
    STALE,
    /** The file has errors and there is no earlier valid version to serve. */
    INVALID
}
