package io.steward.notification;

import java.time.Instant;

/** One line of the delivery log as HR sees it. */
public record DeliveryEntry(long id, NotificationKind kind, String recipientName, String recipientEmail,
        String subject, DeliveryStatus status, int attempts, Instant plannedAt, Instant nextAttemptAt,
        Instant sentAt, String lastError) {
}
