package io.steward.audit;

import java.time.Instant;

/** One audit entry as auditors browse it. Actors and people appear as pseudonyms. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String action, String subject,
        String outcome, String detail, String hash) {
}
