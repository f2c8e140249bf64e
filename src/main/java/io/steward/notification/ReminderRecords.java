package io.steward.notification;

import io.steward.base.EmployeeId;
import io.steward.base.PersonalData;
import io.steward.notification.domain.DeliveryLog;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** "My data": the e-mails Steward sent (or is sending) to the person. */
@Component
class ReminderRecords implements PersonalData.Source {

    static final List<String> COLUMNS = List.of("kind", "subject", "status", "plannedAt", "sentAt");

    private final DeliveryLog deliveries;

    ReminderRecords(DeliveryLog deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public String kind() {
        return "reminders";
    }

    @Override
    public String retentionPolicy() {
        return "delivery-log";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<List<String>> recordsOf(EmployeeId person) {
        return deliveries.of(person).stream()
                .map(r -> List.of(r.kind().name(), r.subject(), r.status().name(), iso(r.plannedAt()),
                        iso(r.sentAt())))
                .toList();
    }

    private static String iso(Instant instant) {
        return Objects.toString(instant, "");
    }
}
