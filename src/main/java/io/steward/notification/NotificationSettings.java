package io.steward.notification;

import io.steward.base.StewardProperties;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * What the notification code reads of {@link NotificationProperties}, {@link StewardProperties#publicUrl()} and
 * Spring's {@code spring.mail.host}, in the shapes it uses.
 */
@Component
public class NotificationSettings {

    private final ReminderSchedule schedule;
    private final Duration assignedWithin;
    private final int maxAttempts;
    private final Duration retryBackoff;
    private final Duration sendingLease;
    private final String publicUrl;
    private final String from;
    private final boolean mailConfigured;

    NotificationSettings(NotificationProperties properties, StewardProperties steward,
            @Value("${spring.mail.host:}") String mailHost) {
        NotificationProperties.Notifications notifications = properties.notifications();
        this.schedule = new ReminderSchedule(notifications.dueDaysBefore(), notifications.expiringWithin(),
                notifications.digestGrace(), notifications.escalationAfter());
        this.assignedWithin = Duration.ofDays(notifications.assignedWithin().getDays());
        this.maxAttempts = notifications.maxAttempts();
        this.retryBackoff = notifications.retryBackoff();
        this.sendingLease = notifications.sendingLease();
        this.publicUrl = steward.publicUrl();
        this.from = properties.mail().from();
        this.mailConfigured = StringUtils.hasText(mailHost);
    }

    public ReminderSchedule schedule() {
        return schedule;
    }

    /** "Assigned" mails go out for assignments made this recently, so switching mail on does not mail the past. */
    public Duration assignedWithin() {
        return assignedWithin;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** The wait after the first failed try; it doubles after each further one, up to a day. */
    public Duration retryDelay(int failedAttempts) {
        Duration delay = retryBackoff.multipliedBy(1L << Math.min(failedAttempts - 1, 16));
        return delay.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : delay;
    }

    /** How long a claimed mail may stay "sending" before another sender assumes its instance died. */
    public Duration sendingLease() {
        return sendingLease;
    }

    /** Steward's address without a trailing slash; links in mails start with it. */
    public String publicUrl() {
        return publicUrl;
    }

    public String from() {
        return from;
    }

    /** Whether a mail server is configured ({@code STEWARD_MAIL_HOST}); without one, nothing is planned or sent. */
    public boolean mailConfigured() {
        return mailConfigured;
    }
}
