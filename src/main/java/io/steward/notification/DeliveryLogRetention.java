package io.steward.notification;

import io.steward.base.Retention;
import io.steward.base.RetentionPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Delivery log entries are kept for {@code steward.retention.periods.delivery-log} (12 months by default) after they
 * were planned, then deleted. Mails still waiting to be sent are never deleted.
 */
@Configuration
class DeliveryLogRetention {

    static final String KIND = "delivery-log";

    @Bean
    Retention.Task deliveryLogTask(RetentionPolicy policy, JdbcTemplate jdbc) {
        return Retention.deleting(KIND, KIND, policy, jdbc, """
                FROM notification_delivery
                WHERE status IN ('SENT', 'FAILED', 'CANCELLED') AND planned_at < :cutoff""", "id",
                "DELETE FROM notification_delivery WHERE id = ?");
    }
}
