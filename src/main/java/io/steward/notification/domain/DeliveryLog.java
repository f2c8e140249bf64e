package io.steward.notification.domain;

import io.steward.base.EmployeeId;
import io.steward.notification.DeliveryEntry;
import io.steward.notification.DeliveryFilter;
import io.steward.notification.DeliveryStatus;
import io.steward.notification.MyReminder;
import io.steward.notification.NotificationKind;
import io.steward.notification.PlannedMail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table {@code notification_delivery}: what was (or will be) sent to whom, about what, and how it went.
 * Each statement commits on its own, so several senders (threads or app instances) can work on the log at the
 * same time: planning relies on the unique key (INSERT IGNORE), sending on a guarded claim (an UPDATE that only
 * one sender can win per row).
 */
@Component
public class DeliveryLog {

    /**
     * Due for a (further) try, or claimed so long ago that its sender must have died. (A mail with a secret link
     * is logged without it; each try asks for a new link, see Dispatcher.)
     */
    private static final String CLAIMABLE = """
            ((status IN ('PENDING', 'RETRY') AND next_attempt_at <= :now)
              OR (status = 'SENDING' AND claimed_at < :staleBefore))""";

    private final JdbcClient jdbc;

    DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the mail was new; false when the log already had one with the same key */
    public boolean plan(MailDraft draft, Instant now) {
        return insert(draft, DeliveryStatus.PENDING, null, now) == 1;
    }

    /**
     * Records a mail this sender sends right away, already claimed, so no other sender picks it up.
     *
     * @return the claimed mail; empty when the log already had one with the same key
     */
    public Optional<ClaimedMail> planClaimed(MailDraft draft, Instant now) {
        String claim = UUID.randomUUID().toString();
        if (insert(draft, DeliveryStatus.SENDING, claim, now) == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM notification_delivery WHERE claim = :claim").param("claim", claim)
                .query(DeliveryLog::claimed).optional();
    }

    private int insert(MailDraft draft, DeliveryStatus status, String claim, Instant now) {
        return jdbc.sql("""
                INSERT IGNORE INTO notification_delivery (kind, recipient_id, about_id, occasion, recipient_email,
                    subject, body_text, body_html, status, planned_at, next_attempt_at, claim, claimed_at)
                VALUES (:kind, :recipient, :about, :occasion, :email, :subject, :text, :html, :status, :now, :now,
                    :claim, :claimedAt)""")
                .param("kind", draft.kind().name())
                .param("recipient", draft.recipientId())
                .param("about", draft.aboutId())
                .param("occasion", draft.occasion())
                .param("email", draft.email())
                .param("subject", abbreviate(draft.mail().subject(), 300))
                .param("text", draft.mail().text())
                .param("html", draft.mail().html())
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .param("claim", claim)
                .param("claimedAt", claim == null ? null : Timestamp.from(now))
                .update();
    }

    /** Ids of mails due to be sent at {@code now}, oldest first. */
    public List<Long> due(Instant now, Instant staleBefore, int limit) {
        return jdbc.sql("SELECT id FROM notification_delivery WHERE " + CLAIMABLE
                        + " ORDER BY next_attempt_at, id LIMIT :limit")
                .param("now", Timestamp.from(now))
                .param("staleBefore", Timestamp.from(staleBefore))
                .param("limit", limit)
                .query(Long.class).list();
    }

    /** Claims the mail for this sender; empty when another sender claimed it first or it is no longer due. */
    public Optional<ClaimedMail> claim(long id, Instant now, Instant staleBefore) {
        String claim = UUID.randomUUID().toString();
        int won = jdbc.sql("UPDATE notification_delivery SET status = 'SENDING', claim = :claim, claimed_at = :now"
                        + " WHERE id = :id AND " + CLAIMABLE)
                .param("claim", claim)
                .param("now", Timestamp.from(now))
                .param("staleBefore", Timestamp.from(staleBefore))
                .param("id", id)
                .update();
        if (won == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM notification_delivery WHERE id = :id AND claim = :claim")
                .param("id", id).param("claim", claim)
                .query(DeliveryLog::claimed).optional();
    }

    public void sent(ClaimedMail mail, Instant now) {
        finish(mail, "status = 'SENT', sent_at = :now, attempts = attempts + 1, next_attempt_at = NULL,"
                + " last_error = NULL", now);
    }

    /** A try failed: try again at {@code retryAt}, or give up when that is null. */
    public void failed(ClaimedMail mail, String error, Instant now, Instant retryAt) {
        jdbc.sql("""
                UPDATE notification_delivery
                SET status = :status, attempts = attempts + 1, next_attempt_at = :retryAt, last_error = :error,
                    claim = NULL
                WHERE id = :id AND claim = :claim""")
                .param("status", retryAt == null ? DeliveryStatus.FAILED.name() : DeliveryStatus.RETRY.name())
                .param("retryAt", retryAt == null ? null : Timestamp.from(retryAt))
                .param("error", abbreviate(error, 500))
                .param("id", mail.id())
                .param("claim", mail.claim())
                .update();
    }

    public void cancelled(ClaimedMail mail, Instant now) {
        finish(mail, "status = 'CANCELLED', next_attempt_at = NULL", now);
    }

    private void finish(ClaimedMail mail, String set, Instant now) {
        jdbc.sql("UPDATE notification_delivery SET " + set + ", claim = NULL WHERE id = :id AND claim = :claim")
                .param("now", Timestamp.from(now))
                .param("id", mail.id())
                .param("claim", mail.claim())
                .update();
    }

    /** The mails already in the log that the next run would send, as HR's preview shows them. */
    public List<PlannedMail> dueMails(Instant now, Instant staleBefore) {
        return jdbc.sql("SELECT kind, recipient_email, subject, attempts FROM notification_delivery WHERE "
                        + CLAIMABLE + " ORDER BY next_attempt_at, id")
                .param("now", Timestamp.from(now))
                .param("staleBefore", Timestamp.from(staleBefore))
                .query((rs, n) -> new PlannedMail(NotificationKind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getInt(4) > 0))
                .list();
    }

    public List<DeliveryEntry> entries(DeliveryFilter filter, int offset, int limit) {
        return jdbc.sql("""
                SELECT d.id, d.kind, e.display_name, d.recipient_email, d.subject, d.status, d.attempts,
                       d.planned_at, d.next_attempt_at, d.sent_at, d.last_error
                FROM notification_delivery d JOIN employee e ON e.id = d.recipient_id
                """ + where(filter) + " ORDER BY d.planned_at DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .params(filterParams(filter))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new DeliveryEntry(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), DeliveryStatus.valueOf(rs.getString(6)),
                        rs.getInt(7), instant(rs, 8), instant(rs, 9), instant(rs, 10), rs.getString(11)))
                .list();
    }

    public int count(DeliveryFilter filter) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_delivery d " + where(filter))
                .params(filterParams(filter))
                .query(Integer.class).single();
    }

    /** Every mail to the person, newest first. */
    public List<MyReminder> of(EmployeeId person) {
        return jdbc.sql("""
                SELECT kind, subject, status, planned_at, sent_at FROM notification_delivery
                WHERE recipient_id = :person ORDER BY planned_at DESC, id DESC""")
                .param("person", person.value())
                .query((rs, n) -> new MyReminder(NotificationKind.valueOf(rs.getString(1)), rs.getString(2),
                        DeliveryStatus.valueOf(rs.getString(3)), instant(rs, 4), instant(rs, 5)))
                .list();
    }

    /** Finished entries (sent, failed, cancelled) planned before {@code before}: what retention may delete. */
    private static String where(DeliveryFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("d.status = :status");
        }
        if (filter.kind() != null) {
            conditions.add("d.kind = :kind");
        }
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }

    private static Map<String, Object> filterParams(DeliveryFilter filter) {
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            params.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            params.put("kind", filter.kind().name());
        }
        return params;
    }

    private static ClaimedMail claimed(ResultSet rs, int row) throws SQLException {
        return new ClaimedMail(rs.getLong("id"), rs.getString("claim"),
                NotificationKind.valueOf(rs.getString("kind")), rs.getLong("recipient_id"), rs.getLong("about_id"),
                rs.getString("recipient_email"), rs.getString("subject"), rs.getString("body_text"),
                rs.getString("body_html"), rs.getInt("attempts"));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String abbreviate(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
