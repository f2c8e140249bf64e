package io.steward.certification;

import java.time.Instant;

/**
 * What the public verification page and API say about a code. The holder is shown as initials unless the
 * visitor may see the name (the holder, HR, an auditor or the holder's manager); it is null once the holder's
 * personal data was erased on request (the certificate itself stays valid).
 */
public record Verification(Status status, String code, String moduleId, String moduleTitle, String moduleVersion,
        Instant completedAt, Instant expiresAt, String holder, boolean holderNameShown) {

    public enum Status {
        VALID,
        EXPIRED,
        UNKNOWN
    }

    static Verification unknown(String code) {
        return new Verification(Status.UNKNOWN, code, null, null, null, null, null, null, false);
    }
}
