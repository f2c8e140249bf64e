package io.steward.notification;

import io.steward.directory.NewcomersInvited;
import io.steward.notification.domain.MailPlanner;
import io.steward.reporting.ExpiryReminderRequested;
import io.steward.reporting.OverdueReminderRequested;
import io.steward.security.PasswordRecoveryRequested;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails that other features ask for, sent as soon as the cause is committed: a manager's reminder to an overdue
 * person or to one whose training expires soon, new people's invitations, and the link someone asked for to choose a new password. Without a mail server nothing is sent, and HR hands out the invitation
 * links shown after the import.
 */
@Component
class MailTriggers {

    private final MailPlanner planner;
    private final ObjectProvider<Dispatcher> dispatcher;
    private final TaskExecutor background;
    private final Clock clock;

    MailTriggers(MailPlanner planner, ObjectProvider<Dispatcher> dispatcher, @Qualifier("applicationTaskExecutor") TaskExecutor background, Clock clock) {
        this.planner = planner;
        this.dispatcher = dispatcher;
        this.background = background;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(OverdueReminderRequested event) {
        dispatcher.ifAvailable(sender -> planner.overdueReminder(event.person().value(), event.managerName(),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).ifPresent(sender::sendNow));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(ExpiryReminderRequested event) {
        dispatcher.ifAvailable(sender -> planner.expiryReminder(event.person().value(), event.managerName(),
                clock.instant(), event.before()).ifPresent(sender::sendNow));
    }

    /** Sent in the background: an import may bring thousands of people, and HR should not wait for the mails. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(NewcomersInvited event) {
        Dispatcher sender = dispatcher.getIfAvailable();
        if (sender == null) {
            return;
        }
        background.execute(() -> event.invitations().forEach(invitation -> planner
                .passwordLink(NotificationKind.INVITATION, invitation.employee().value(), invitation.path(),
                        invitation.expiresAt())
                .ifPresent(mail -> sender.sendUnstored(mail.mail(), mail.logged()))));
    }

    /** The link someone asked for to choose a new password; sent at once, never stored (it is secret). */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(PasswordRecoveryRequested event) {
        dispatcher.ifAvailable(sender -> planner.passwordLink(NotificationKind.PASSWORD_RESET,
                event.employee().value(), event.path(), event.expiresAt())
                .ifPresent(mail -> sender.sendUnstored(mail.mail(), mail.logged())));
    }
}
