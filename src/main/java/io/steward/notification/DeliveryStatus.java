package io.steward.notification;

/** Where an e-mail in the delivery log stands. */
public enum DeliveryStatus {
    /** Planned, not yet tried. */
    PENDING,
    /** Claimed by one sender, which is talking to the mail server now. */
    SENDING,
    /** A try failed; the next one is due at the entry's next attempt time. */
    RETRY,
    /** The mail server accepted it. */
    SENT,
    /** Every try failed; HR sees the last error. */
    FAILED,
    /** No longer relevant when its turn came (the assignment was completed or closed meanwhile). */
    CANCELLED
}
