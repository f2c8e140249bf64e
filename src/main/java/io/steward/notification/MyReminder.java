package io.steward.notification;

import java.time.Instant;

/** An e-mail Steward sent (or is sending) to the signed-in person. */
public record MyReminder(NotificationKind kind, String subject, DeliveryStatus status, Instant plannedAt,
        Instant sentAt) {
}
