package io.steward.notification;

import io.steward.base.EmployeeId;
import io.steward.directory.InvitationIssuer;
import io.steward.learning.AssignmentSql;
import io.steward.notification.domain.ClaimedMail;
import io.steward.notification.domain.DeliveryLog;
import io.steward.notification.domain.MailDraft;
import io.steward.notification.domain.MailPlanner;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Plans and sends mails through one mail server. Safe to run on several threads or app instances at once:
 * planning cannot plan a mail twice (the log's unique key), and each mail is sent by the one sender that wins
 * its claim. A failed try is kept with its error and tried again later, with a growing pause, until the
 * configured number of tries; then the mail is marked failed for HR to see.
 */
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int BATCH = 200;
    /** Kinds that are about one assignment, and so pointless once it is no longer open. */
    private static final Set<NotificationKind> ABOUT_AN_ASSIGNMENT =
            Set.of(NotificationKind.ASSIGNED, NotificationKind.DUE_SOON, NotificationKind.OVERDUE);

    /** Kinds whose link is a secret: logged without it, and given a new one at each further try. */
    private static final Set<NotificationKind> SECRET_LINK =
            Set.of(NotificationKind.INVITATION, NotificationKind.PASSWORD_RESET);

    private final MailPlanner planner;
    private final DeliveryLog deliveries;
    private final JdbcClient jdbc;
    private final JavaMailSender mailServer;
    private final InvitationIssuer links;
    private final NotificationSettings settings;
    private final Clock clock;

    Dispatcher(MailPlanner planner, DeliveryLog deliveries, JdbcClient jdbc, JavaMailSender mailServer,
            InvitationIssuer links, NotificationSettings settings, Clock clock) {
        this.planner = planner;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.mailServer = mailServer;
        this.links = links;
        this.settings = settings;
        this.clock = clock;
    }

    /** Plans whatever is due now, then sends everything due, including earlier failures whose retry is due. */
    RunOutcome run() {
        Instant now = clock.instant();
        int planned = 0;
        for (MailDraft draft : planner.drafts(now)) {
            planned += deliveries.plan(draft, now) ? 1 : 0;
        }
        Tally tally = new Tally();
        List<Long> due;
        do {
            due = deliveries.due(now, staleBefore(now), BATCH);
            for (long id : due) {
                deliveries.claim(id, now, staleBefore(now)).ifPresent(mail -> tally.add(deliver(mail, now)));
            }
        } while (due.size() == BATCH);
        RunOutcome outcome = new RunOutcome(planned, tally.sent, tally.retrying, tally.failed, tally.cancelled);
        if (!outcome.equals(RunOutcome.NOTHING)) {
            log.info("Notifications: {}", outcome);
        }
        return outcome;
    }

    /** Plans one mail and sends it at once; it is retried later like any other when the server refuses it. */
    Optional<DeliveryStatus> sendNow(MailDraft draft) {
        Instant now = clock.instant();
        return deliveries.planClaimed(draft, now).map(mail -> deliver(mail, now));
    }

    /**
     * Sends a mail whose content must not be stored (a link to set a password): the log keeps {@code logged}
     * instead. When the server refuses it, it is tried again later like any other mail, each time with a new link
     * (the one that was never delivered is replaced).
     */
    Optional<DeliveryStatus> sendUnstored(MailDraft mail, MailDraft logged) {
        Instant now = clock.instant();
        return deliveries.planClaimed(logged, now).map(claimed -> attempt(claimed, now, () -> send(mail.email(),
                mail.mail().subject(), mail.mail().text(), mail.mail().html())));
    }

    private DeliveryStatus deliver(ClaimedMail mail, Instant now) {
        if (ABOUT_AN_ASSIGNMENT.contains(mail.kind()) && !stillOpen(mail.aboutId())) {
            deliveries.cancelled(mail, now);
            return DeliveryStatus.CANCELLED;
        }
        if (SECRET_LINK.contains(mail.kind())) {
            Optional<MailDraft> renewed = links.renew(new EmployeeId(mail.recipientId()),
                            mail.kind() == NotificationKind.PASSWORD_RESET)
                    .flatMap(link -> planner.passwordLink(mail.kind(), mail.recipientId(), link.path(),
                            link.expiresAt()))
                    .map(MailPlanner.Invitation::mail);
            if (renewed.isEmpty()) {
                deliveries.cancelled(mail, now);
                return DeliveryStatus.CANCELLED;
            }
            MailDraft fresh = renewed.get();
            return attempt(mail, now, () -> send(fresh.email(), fresh.mail().subject(), fresh.mail().text(),
                    fresh.mail().html()));
        }
        return attempt(mail, now, () -> send(mail.email(), mail.subject(), mail.text(), mail.html()));
    }

    /** One try: sent, or kept with its error for a later try (with a growing pause), or failed after the last. */
    private DeliveryStatus attempt(ClaimedMail mail, Instant now, Runnable sending) {
        try {
            sending.run();
            deliveries.sent(mail, now);
            return DeliveryStatus.SENT;
        } catch (MailException e) {
            int failures = mail.attempts() + 1;
            Instant retryAt = failures < settings.maxAttempts() ? now.plus(settings.retryDelay(failures)) : null;
            log.warn("Mail {} failed (try {} of {}): {}", mail.id(), failures, settings.maxAttempts(),
                    e.getMessage());
            deliveries.failed(mail, e.getMessage(), now, retryAt);
            return retryAt == null ? DeliveryStatus.FAILED : DeliveryStatus.RETRY;
        }
    }

    private boolean stillOpen(long assignmentId) {
        return jdbc.sql("SELECT COUNT(*) FROM assignment a WHERE a.id = :id AND " + AssignmentSql.OPEN)
                .param("id", assignmentId).query(Integer.class).single() > 0;
    }

    private void send(String to, String subject, String text, String html) {
        mailServer.send((MimeMessage message) -> {
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_NO, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(to);
            helper.setSubject(subject);
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setText(html, "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", plain, rich));
        });
    }

    private Instant staleBefore(Instant now) {
        return now.minus(settings.sendingLease());
    }

    private static final class Tally {
        int sent;
        int retrying;
        int failed;
        int cancelled;

        void add(DeliveryStatus status) {
            switch (status) {
                case SENT -> sent++;
                case RETRY -> retrying++;
                case FAILED -> failed++;
                case CANCELLED -> cancelled++;
                default -> throw new IllegalStateException("not an outcome: " + status);
            }
        }
    }
}
