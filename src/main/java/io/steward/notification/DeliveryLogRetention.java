package io.steward.notification;

import io.steward.base.Retention;
import io.steward.notification.domain.DeliveryLog;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Delivery log entries are kept for {@code steward.retention.delivery-log} (12 months by default) after they were
 * planned, then deleted. Mails still waiting to be sent are never deleted.
 */
@Component
class DeliveryLogRetention implements Retention.Task {

    private final DeliveryLog deliveries;
    private final Period keep;

    DeliveryLogRetention(DeliveryLog deliveries, @Value("${steward.retention.delivery-log:P12M}") Period keep) {
        this.deliveries = deliveries;
        this.keep = keep;
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
        return now.atZone(ZoneOffset.UTC).minus(keep).toInstant();
    }
}
