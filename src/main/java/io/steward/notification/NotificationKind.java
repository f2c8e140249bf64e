package io.steward.notification;

/** What an e-mail is about; each kind has its own texts and its own rule for when it is sent. */
public enum NotificationKind {
    /** A module was assigned (or assigned again) to the recipient. */
    ASSIGNED,
    /** An open assignment is due in a few days (the configured days before the due date). */
    DUE_SOON,
    /** An open assignment passed its due date. */
    OVERDUE,
    /** A completion expires soon, so the recipient will need to take the module again. */
    EXPIRING,
    /** To a line manager: their people overdue past the grace period, once a week. */
    MANAGER_DIGEST,
    /** To the manager's manager: people overdue past the grace and escalation periods, once a week. */
    ESCALATION,
    /** A manager asked Steward to remind one of their people about overdue training. */
    OVERDUE_REMINDER,
    /** A manager asked Steward to remind one of their people that their training expires soon. */
    EXPIRY_REMINDER,
    /** A new person's one-time link to set their password. */
    INVITATION,
    /** A one-time link to choose a new password, which the person asked for. */
    PASSWORD_RESET
}
