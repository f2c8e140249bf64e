package io.steward.notification;

import io.steward.base.CurrentUser;
import io.steward.base.RetentionPolicy;
import io.steward.base.Role;
import io.steward.notification.domain.DeliveryLog;
import io.steward.notification.domain.MailPlanner;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** HR watches and drives the e-mail reminders; everyone sees which reminders they get and what was sent to them. */
@Service
public class NotificationService {

    private final DeliveryLog deliveries;
    private final MailPlanner planner;
    private final ObjectProvider<Dispatcher> dispatcher;
    private final NotificationSettings settings;
    private final CurrentUser currentUser;
    private final RetentionPolicy retention;
    private final Clock clock;

    NotificationService(DeliveryLog deliveries, MailPlanner planner, ObjectProvider<Dispatcher> dispatcher,
            NotificationSettings settings, CurrentUser currentUser, RetentionPolicy retention, Clock clock) {
        this.deliveries = deliveries;
        this.planner = planner;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.currentUser = currentUser;
        this.retention = retention;
        this.clock = clock;
    }

    @RolesAllowed(Role.Names.HR)
    public boolean mailConfigured() {
        return dispatcher.getIfAvailable() != null;
    }

    @RolesAllowed(Role.Names.HR)
    public List<DeliveryEntry> deliveries(DeliveryFilter filter, int offset, int limit) {
        return deliveries.entries(filter, offset, limit);
    }

    @RolesAllowed(Role.Names.HR)
    public int countDeliveries(DeliveryFilter filter) {
        return deliveries.count(filter);
    }

    /** What the next run would send, without sending or recording anything. */
    @RolesAllowed(Role.Names.HR)
    public List<PlannedMail> preview() {
        Instant now = clock.instant();
        List<PlannedMail> mails = new ArrayList<>(deliveries.dueMails(now, now.minus(settings.sendingLease())));
        planner.drafts(now).forEach(draft -> mails.add(
                new PlannedMail(draft.kind(), draft.email(), draft.mail().subject(), false)));
        return mails;
    }

    /** Runs the scheduled job now; answers what it did (nothing without a mail server). */
    @RolesAllowed(Role.Names.HR)
    public RunOutcome sendNow() {
        Dispatcher now = dispatcher.getIfAvailable();
        return now == null ? RunOutcome.NOTHING : now.run();
    }

    /** Every mail Steward sent or is sending to the signed-in person, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<MyReminder> myReminders() {
        return deliveries.of(currentUser.require().employeeId());
    }

    @PreAuthorize("isAuthenticated()")
    public ReminderSchedule reminderSchedule() {
        return settings.schedule();
    }

    /** How long a sent e-mail stays in the delivery log (and in My reminders). */
    @PreAuthorize("isAuthenticated()")
    public Period deliveryLogKeptFor() {
        return retention.period(DeliveryLogRetention.KIND).orElseThrow();
    }
}
