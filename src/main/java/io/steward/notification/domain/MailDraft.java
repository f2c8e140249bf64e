package io.steward.notification.domain;

import io.steward.notification.NotificationKind;
import io.steward.notification.domain.MailComposer.Composed;

/**
 * One mail to plan, with the key that makes it unique in the delivery log: kind, recipient, what it is about
 * ({@code aboutId}, 0 when about several things) and the occasion.
 */
public record MailDraft(NotificationKind kind, long recipientId, long aboutId, String occasion, String email,
        Composed mail) {
}
