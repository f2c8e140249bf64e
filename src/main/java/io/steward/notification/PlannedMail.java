package io.steward.notification;

/** An e-mail the next run would send: newly planned, or already in the log and due (again). */
public record PlannedMail(NotificationKind kind, String recipientEmail, String subject, boolean retry) {
}
