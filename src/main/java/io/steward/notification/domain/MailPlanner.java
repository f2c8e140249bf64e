package io.steward.notification.domain;

import io.steward.content.ContentService;
import io.steward.content.ModuleContent;
import io.steward.learning.AssignmentSql;
import io.steward.notification.NotificationKind;
import io.steward.notification.NotificationSettings;
import io.steward.notification.ReminderSchedule;
import io.steward.notification.domain.Mails.OverdueItem;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Works out which mails are due at a given moment and writes them. It reads the directory's and learning's
 * tables with its own queries (as reporting does, docs/decisions/0007) and never writes them. Each query leaves
 * out what the delivery log already has, so a run only composes what is new.
 */
@Component
public class MailPlanner {

    private static final String OPEN = AssignmentSql.OPEN;
    private static final String NOT_LOGGED = """
            NOT EXISTS (SELECT 1 FROM notification_delivery d WHERE d.kind = :kind AND d.recipient_id = %s
                        AND d.about_id = %s AND d.occasion = %s)""";

    private final JdbcClient jdbc;
    private final Mails mails;
    private final ContentService content;
    private final NotificationSettings settings;

    MailPlanner(JdbcClient jdbc, Mails mails, ContentService content, NotificationSettings settings) {
        this.jdbc = jdbc;
        this.mails = mails;
        this.content = content;
        this.settings = settings;
    }

    /** A person as mails address them. */
    private record Person(long id, String email, String name, Locale locale) {
    }

    /** Every mail due at {@code now} that the delivery log does not have yet. */
    public List<MailDraft> drafts(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Titles titles = new Titles();
        List<MailDraft> drafts = new ArrayList<>();
        drafts.addAll(assigned(now, today, titles));
        drafts.addAll(dueSoon(today, titles));
        drafts.addAll(overdue(today, titles));
        drafts.addAll(expiring(now, titles));
        ReminderSchedule schedule = settings.schedule();
        drafts.addAll(digests(NotificationKind.MANAGER_DIGEST, today, today.minus(schedule.digestGrace()), titles));
        drafts.addAll(digests(NotificationKind.ESCALATION, today,
                today.minus(schedule.digestGrace()).minus(schedule.escalationAfter()), titles));
        return drafts;
    }

    private List<MailDraft> assigned(Instant now, LocalDate today, Titles titles) {
        return assignments(NotificationKind.ASSIGNED, "a.assigned_at >= :since AND a.due_date >= :today", "''")
                .param("since", Timestamp.from(now.minus(settings.assignedWithin())))
                .param("today", today)
                .query((rs, n) -> {
                    Person p = person(rs.getLong("employee_id"), rs.getString("email"), rs.getString("name"),
                            rs.getString("locale"));
                    String module = rs.getString("module_id");
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    return draft(NotificationKind.ASSIGNED, p, rs.getLong("id"), rs.getString("occasion"),
                            mails.assigned(p.locale(), p.name(), module, titles.of(module), due));
                }).list();
    }

    private List<MailDraft> dueSoon(LocalDate today, Titles titles) {
        List<MailDraft> drafts = new ArrayList<>();
        List<Integer> days = settings.schedule().dueDaysBefore();
        for (int i = 0; i < days.size(); i++) {
            int before = days.get(i);
            int after = i + 1 < days.size() ? days.get(i + 1) : -1;
            // Only when the assignment already existed on the day this reminder was meant for: a module assigned
            // three days before its due date gets the "assigned" mail, not a "due in 7 days" one as well.
            drafts.addAll(assignments(NotificationKind.DUE_SOON, """
                    DATEDIFF(a.due_date, :today) BETWEEN :after + 1 AND :before
                    AND a.assigned_at < DATE_SUB(a.due_date, INTERVAL :before DAY)""", "CONCAT('/', :before)")
                    .param("today", today)
                    .param("after", after)
                    .param("before", before)
                    .query((rs, n) -> {
                        Person p = person(rs.getLong("employee_id"), rs.getString("email"), rs.getString("name"),
                                rs.getString("locale"));
                        String module = rs.getString("module_id");
                        LocalDate due = rs.getObject("due_date", LocalDate.class);
                        return draft(NotificationKind.DUE_SOON, p, rs.getLong("id"), rs.getString("occasion"),
                                mails.dueSoon(p.locale(), p.name(), module, titles.of(module), due,
                                        ChronoUnit.DAYS.between(today, due)));
                    }).list());
        }
        return drafts;
    }

    private List<MailDraft> overdue(LocalDate today, Titles titles) {
        return assignments(NotificationKind.OVERDUE, "a.due_date < :today", "''")
                .param("today", today)
                .query((rs, n) -> {
                    Person p = person(rs.getLong("employee_id"), rs.getString("email"), rs.getString("name"),
                            rs.getString("locale"));
                    String module = rs.getString("module_id");
                    return draft(NotificationKind.OVERDUE, p, rs.getLong("id"), rs.getString("occasion"),
                            mails.overdue(p.locale(), p.name(), module, titles.of(module),
                                    rs.getObject("due_date", LocalDate.class)));
                }).list();
    }

    /**
     * Open assignments of active people matching {@code condition}, without a logged mail of {@code kind} for
     * the same due date; the occasion is the due date followed by {@code occasionSuffix} (an SQL expression).
     */
    private JdbcClient.StatementSpec assignments(NotificationKind kind, String condition, String occasionSuffix) {
        String occasion = "CONCAT(DATE_FORMAT(a.due_date, '%Y-%m-%d'), " + occasionSuffix + ")";
        return jdbc.sql("SELECT a.id, a.employee_id, a.module_id, a.due_date, e.email, e.display_name AS name,"
                        + " e.locale, " + occasion + " AS occasion"
                        + " FROM assignment a JOIN employee e ON e.id = a.employee_id"
                        + " WHERE " + OPEN + " AND e.active = TRUE AND " + condition
                        + " AND " + NOT_LOGGED.formatted("a.employee_id", "a.id", occasion)
                        + " ORDER BY a.id")
                .param("kind", kind.name());
    }

    private List<MailDraft> expiring(Instant now, Titles titles) {
        String occasion = "DATE_FORMAT(c.expires_at, '%Y-%m-%d')";
        return jdbc.sql("""
                SELECT c.id, c.employee_id, c.module_id, c.expires_at, e.email, e.display_name AS name, e.locale,
                       %s AS occasion
                FROM completion c JOIN employee e ON e.id = c.employee_id
                WHERE e.active = TRUE AND c.expires_at > :now AND c.expires_at <= :horizon
                  AND NOT EXISTS (SELECT 1 FROM completion later WHERE later.employee_id = c.employee_id
                                  AND later.module_id = c.module_id AND later.completed_at > c.completed_at)
                  AND %s
                ORDER BY c.id""".formatted(occasion, NOT_LOGGED.formatted("c.employee_id", "c.id", occasion)))
                .param("kind", NotificationKind.EXPIRING.name())
                .param("now", Timestamp.from(now))
                .param("horizon", Timestamp.from(now.atZone(ZoneOffset.UTC)
                        .plus(settings.schedule().expiringWithin()).toInstant()))
                .query((rs, n) -> {
                    Person p = person(rs.getLong("employee_id"), rs.getString("email"), rs.getString("name"),
                            rs.getString("locale"));
                    String module = rs.getString("module_id");
                    LocalDate expires = LocalDate.ofInstant(rs.getTimestamp("expires_at").toInstant(),
                            ZoneOffset.UTC);
                    return draft(NotificationKind.EXPIRING, p, rs.getLong("id"), rs.getString("occasion"),
                            mails.expiring(p.locale(), p.name(), titles.of(module), expires));
                }).list();
    }

    /**
     * One mail per week to each manager (digest) or manager's manager (escalation) with their people whose open
     * assignments were due before {@code dueBefore}.
     */
    private List<MailDraft> digests(NotificationKind kind, LocalDate today, LocalDate dueBefore, Titles titles) {
        boolean escalation = kind == NotificationKind.ESCALATION;
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        String recipientJoin = escalation ? "JOIN employee r ON r.id = m.manager_id" : "";
        String recipient = escalation ? "r" : "m";
        Map<Person, List<OverdueItem>> byRecipient = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT %1$s.id AS recipient_id, %1$s.email, %1$s.display_name AS name, %1$s.locale,
                       p.display_name AS person, m.display_name AS manager, a.module_id, a.due_date
                FROM assignment a
                JOIN employee p ON p.id = a.employee_id
                JOIN employee m ON m.id = p.manager_id
                %2$s
                WHERE %3$s AND p.active = TRUE AND %1$s.active = TRUE AND a.due_date < :dueBefore
                  AND %4$s
                ORDER BY %1$s.id, p.display_name, a.due_date, a.module_id"""
                        .formatted(recipient, recipientJoin, OPEN,
                                NOT_LOGGED.formatted(recipient + ".id", "0", ":week")))
                .param("kind", kind.name())
                .param("dueBefore", dueBefore)
                .param("week", week)
                .query((rs, n) -> {
                    Person to = person(rs.getLong("recipient_id"), rs.getString("email"), rs.getString("name"),
                            rs.getString("locale"));
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    byRecipient.computeIfAbsent(to, k -> new ArrayList<>()).add(new OverdueItem(
                            rs.getString("person"), rs.getString("manager"), titles.of(rs.getString("module_id")),
                            due, ChronoUnit.DAYS.between(due, today)));
                    return to;
                }).list();
        return byRecipient.entrySet().stream().map(e -> {
            Person to = e.getKey();
            return draft(kind, to, 0, week, escalation ? mails.escalation(to.locale(), to.name(), e.getValue())
                    : mails.digest(to.locale(), to.name(), e.getValue()));
        }).toList();
    }

    /**
     * A manager's reminder to one of their people about everything they have overdue, once a day; empty when
     * nothing is overdue or the person was already reminded today.
     */
    public Optional<MailDraft> overdueReminder(long personId, String managerName, LocalDate today) {
        Titles titles = new Titles();
        List<String> modules = jdbc.sql("SELECT a.module_id FROM assignment a WHERE a.employee_id = :person AND "
                        + OPEN + " AND a.due_date < :today ORDER BY a.due_date, a.module_id")
                .param("person", personId)
                .param("today", today)
                .query(String.class).list().stream().map(titles::of).toList();
        if (modules.isEmpty()) {
            return Optional.empty();
        }
        return activePerson(personId).map(p -> draft(NotificationKind.OVERDUE_REMINDER, p, 0, today.toString(),
                mails.overdueReminder(p.locale(), p.name(), managerName, modules)));
    }

    /**
     * A manager's reminder to one of their people that their training expires (completions valid until
     * {@code before} at the latest), once a day; empty when nothing expires then or the person was already
     * reminded today.
     */
    public Optional<MailDraft> expiryReminder(long personId, String managerName, Instant now, Instant before) {
        Titles titles = new Titles();
        List<Expiring> modules = jdbc.sql("SELECT a.module_id, a.expires_at FROM assignment a"
                        + " WHERE a.employee_id = :person AND " + AssignmentSql.COMPLETED
                        + " AND a.expires_at >= :now AND a.expires_at < :before ORDER BY a.expires_at, a.module_id")
                .param("person", personId)
                .param("now", Timestamp.from(now))
                .param("before", Timestamp.from(before))
                .query((rs, n) -> new Expiring(titles.of(rs.getString(1)),
                        LocalDate.ofInstant(rs.getTimestamp(2).toInstant(), ZoneOffset.UTC)))
                .list();
        if (modules.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return activePerson(personId).map(p -> draft(NotificationKind.EXPIRY_REMINDER, p, 0, today.toString(),
                mails.expiryReminder(p.locale(), p.name(), managerName, modules)));
    }

    /** A module whose completion expires on {@code expires}, as an expiry reminder lists it. */
    record Expiring(String module, LocalDate expires) {
    }

    /**
     * The invitation mail, with the link to send ({@code path} is relative to Steward's address and holds the
     * secret) and with the link left out, for the log.
     */
    /**
     * A mail with a one-time link to set a password ({@code kind} INVITATION or PASSWORD_RESET), for an active
     * person: as sent, and as logged with the secret part of the link left out.
     */
    public Optional<Invitation> passwordLink(NotificationKind kind, long personId, String path, Instant expiresAt) {
        LocalDate expires = LocalDate.ofInstant(expiresAt, ZoneOffset.UTC);
        return activePerson(personId).map(p -> new Invitation(
                draft(kind, p, 0, expiresAt.toString(),
                        mails.passwordLink(kind, p.locale(), p.name(), mails.url(path), expires)),
                draft(kind, p, 0, expiresAt.toString(),
                        mails.passwordLink(kind, p.locale(), p.name(), mails.url("invitation/…"), expires))));
    }

    /** A password-link mail as sent ({@code mail}) and as logged ({@code logged}: the secret link left out). */
    public record Invitation(MailDraft mail, MailDraft logged) {
    }

    private Optional<Person> activePerson(long id) {
        return jdbc.sql("SELECT id, email, display_name, locale FROM employee WHERE id = :id AND active = TRUE")
                .param("id", id)
                .query((rs, n) -> person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    private static Person person(long id, String email, String name, String locale) {
        return new Person(id, email, name, Locale.forLanguageTag(locale));
    }

    private static MailDraft draft(NotificationKind kind, Person to, long aboutId, String occasion,
            MailComposer.Composed mail) {
        return new MailDraft(kind, to.id(), aboutId, occasion, to.email(), mail);
    }

    /** Module titles as currently served, looked up once per module and run; the id when a module is gone. */
    private final class Titles {

        private final Map<String, String> known = new HashMap<>();

        String of(String moduleId) {
            return known.computeIfAbsent(moduleId,
                    id -> content.module(id).map(ModuleContent::title).orElse(id));
        }
    }
}
