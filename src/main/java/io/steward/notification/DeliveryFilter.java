package io.steward.notification;

/** Narrows the delivery log; a null field means "any". */
public record DeliveryFilter(DeliveryStatus status, NotificationKind kind) {

    public static DeliveryFilter none() {
        return new DeliveryFilter(null, null);
    }
}
