package io.steward.base;

import java.util.Locale;

/**
 * What an API token may be used for. A new scope (for example {@code AUDIT}) is a new constant here, one in
 * {@link Authorities}, and the endpoints that require it. {@link #id()} is the name in the API documentation.
 */
public enum ApiScope {
    /** Load the staff list into the directory. */
    IMPORT,
    /** Read completion reports. */
    REPORTS,
    /** Verify the audit trail. */
    AUDIT,
    /** Provision the directory from an identity provider over SCIM 2.0 ({@code /scim/v2}). */
    SCIM;

    /**
     * Not a scope: the mark of the bootstrap token ({@code STEWARD_BOOTSTRAP_HR_TOKEN}), which may name the first
     * HR people in the first staff list (docs/security.md).
     */
    public static final String BOOTSTRAP_AUTHORITY = "TOKEN_BOOTSTRAP";

    public String authority() {
        return "SCOPE_" + name();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Compile-time constants for {@code @PreAuthorize}; a unit test keeps them equal to the enum. */
    public static final class Authorities {
        public static final String IMPORT = "SCOPE_IMPORT";
        public static final String REPORTS = "SCOPE_REPORTS";
        public static final String AUDIT = "SCOPE_AUDIT";
        public static final String SCIM = "SCOPE_SCIM";

        private Authorities() {
        }
    }
}
