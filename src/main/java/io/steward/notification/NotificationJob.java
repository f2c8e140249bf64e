package io.steward.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes ({@code steward.notifications.interval}), plans the reminders that have become due and sends
 * what is waiting. The database lock keeps the app instances from running it at the same time; were the lock
 * lost, the delivery log's unique key and guarded claims would still send each mail once.
 */
@Component
class NotificationJob {

    private static final String INTERVAL =
            "#{@'steward-io.steward.notification.NotificationProperties'.notifications().interval()}";

    private final ObjectProvider<Dispatcher> dispatcher;

    NotificationJob(ObjectProvider<Dispatcher> dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = INTERVAL, initialDelayString = INTERVAL)
    @SchedulerLock(name = "notifications", lockAtMostFor = "PT30M")
    void run() {
        dispatcher.ifAvailable(Dispatcher::run);
    }
}
