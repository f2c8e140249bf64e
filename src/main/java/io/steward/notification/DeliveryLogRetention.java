package io.steward.notification;

import io.steward.base.Retention;
import io.steward.base.RetentionPolicy;
import io.steward.notification.domain.DeliveryLog;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Delivery log entries are kept for {@code steward.retention.periods.delivery-log} (12 months by default) after they were
 * planned, then deleted. Mails still waiting to be sent are never deleted.
 */
@Component
class DeliveryLogRetention implements Retention.Task {

    private final DeliveryLog deliveries;
    private final RetentionPolicy policy;

    DeliveryLogRetention(DeliveryLog deliveries, RetentionPolicy policy) {
        this.deliveries = deliveries;
        this.policy = policy;
    }

    @Override
    public String kind() {
        return "delivery-log";
    }

    @Override
    public long expired(Instant now) {
        return deliveries.countFinishedBefore(cutoff(now));
    }

    @Override
    public int apply(Instant now, int limit) {
        return deliveries.deleteFinishedBefore(cutoff(now), limit);
    }

    private Instant cutoff(Instant now) {
        return policy.cutoff(kind(), now);
    }
}
