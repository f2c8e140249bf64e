package io.steward.notification;

import io.steward.base.SettingChecks;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders and the mails that carry them ({@code steward.notifications.*}, {@code steward.mail.*};
 * docs/notifications.md). The mail server itself is Spring's {@code spring.mail.*} (STEWARD_MAIL_HOST and others).
 *
 * @param notifications What is mailed to whom, and when.
 * @param mail The mails' sender.
 */
@ConfigurationProperties("steward")
public record NotificationProperties(@DefaultValue Notifications notifications, @DefaultValue Mail mail) {

    /**
     * Reminders, digests and escalations.
     *
     * @param interval How often due reminders are planned and waiting mails are sent.
     * @param dueDaysBefore The days before a due date on which a reminder is sent.
     * @param expiringWithin How early before a completion expires its holder hears of it.
     * @param digestGrace How long past the due date before a manager's weekly digest lists someone.
     * @param escalationAfter How long after the digest grace before the manager's manager hears of it.
     * @param assignedWithin Assigned mails go out only for assignments made this recently, so switching mail on does
     *        not mail the past.
     * @param maxAttempts How many times a mail is tried before it is given up as failed.
     * @param retryBackoff The wait after the first failed try; it doubles after each further one, up to a day.
     * @param sendingLease How long a mail may stay claimed for sending before another instance assumes the sender died.
     */
    public record Notifications(@DefaultValue("PT5M") Duration interval,
            @DefaultValue({"7", "1"}) List<Integer> dueDaysBefore, @DefaultValue("P30D") Period expiringWithin,
            @DefaultValue("P7D") Period digestGrace, @DefaultValue("P14D") Period escalationAfter,
            @DefaultValue("P3D") Period assignedWithin, @DefaultValue("6") int maxAttempts,
            @DefaultValue("PT5M") Duration retryBackoff, @DefaultValue("PT10M") Duration sendingLease) {

        public Notifications {
            SettingChecks.positive("steward.notifications.interval", interval);
            for (int days : dueDaysBefore) {
                SettingChecks.atLeast("steward.notifications.due-days-before (each day)", days, 0);
            }
            SettingChecks.atLeast("steward.notifications.max-attempts", maxAttempts, 1);
            SettingChecks.positive("steward.notifications.retry-backoff", retryBackoff);
            SettingChecks.positive("steward.notifications.sending-lease", sendingLease);
        }
    }

    /**
     * The mails' sender.
     *
     * @param from The sender address of every mail Steward sends.
     */
    public record Mail(@DefaultValue("steward@localhost") String from) {
    }
}
