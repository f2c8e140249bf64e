package io.steward.notification;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** The {@code steward.notifications.*} and mail settings (application.properties lists them with defaults). */
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

    NotificationSettings(
            @Value("${steward.notifications.due-days-before:7,1}") List<Integer> dueDaysBefore,
            @Value("${steward.notifications.expiring-within:P30D}") Period expiringWithin,
            @Value("${steward.notifications.digest-grace:P7D}") Period digestGrace,
            @Value("${steward.notifications.escalation-after:P14D}") Period escalationAfter,
            @Value("${steward.notifications.assigned-within:P3D}") Period assignedWithin,
            @Value("${steward.notifications.max-attempts:6}") int maxAttempts,
            @Value("${steward.notifications.retry-backoff:PT5M}") Duration retryBackoff,
            @Value("${steward.notifications.sending-lease:PT10M}") Duration sendingLease,
            @Value("${steward.public-url:http://localhost:8080}") String publicUrl,
            @Value("${steward.mail.from:steward@localhost}") String from,
            @Value("${spring.mail.host:}") String mailHost) {
        if (dueDaysBefore.stream().anyMatch(days -> days < 0) || maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "steward.notifications.due-days-before must list days >= 0 and max-attempts must be >= 1");
        }
        this.schedule = new ReminderSchedule(dueDaysBefore, expiringWithin, digestGrace, escalationAfter);
        this.assignedWithin = Duration.ofDays(assignedWithin.getDays());
        this.maxAttempts = maxAttempts;
        this.retryBackoff = retryBackoff;
        this.sendingLease = sendingLease;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.from = from;
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
