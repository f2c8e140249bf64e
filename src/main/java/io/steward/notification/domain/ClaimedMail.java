package io.steward.notification.domain;

import io.steward.notification.NotificationKind;

/** A mail one sender has claimed and is about to hand to the mail server. */
public record ClaimedMail(long id, String claim, NotificationKind kind, long recipientId, long aboutId, String email,
        String subject, String text, String html, int attempts) {
}
