package io.steward.notification.domain;

import io.steward.notification.NotificationKind;
import io.steward.notification.NotificationSettings;
import io.steward.notification.domain.MailComposer.Composed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Writes each kind of mail in the recipient's language, with a direct link to the page it is about. */
@Component
public class Mails {

    /** The route of "My reminders", linked from every mail's footer. */
    public static final String MY_REMINDERS = "reminders";

    private final MailTexts texts;
    private final NotificationSettings settings;

    Mails(MailTexts texts, NotificationSettings settings) {
        this.texts = texts;
        this.settings = settings;
    }

    /** One person overdue with one module, as a digest lists them. */
    public record OverdueItem(String person, String manager, String module, LocalDate dueDate, long daysOverdue) {
    }

    Composed assigned(Locale locale, String name, String moduleId, String module, LocalDate due) {
        MailComposer mail = texts.compose(locale);
        return mail.paragraph("mail.greeting", name)
                .paragraph("mail.assigned.text", module, MailTexts.date(due, locale))
                .link("mail.link.module", moduleLink(moduleId))
                .build(mail.message("mail.assigned.subject", module), url(MY_REMINDERS));
    }

    Composed dueSoon(Locale locale, String name, String moduleId, String module, LocalDate due, long daysLeft) {
        MailComposer mail = texts.compose(locale);
        return mail.paragraph("mail.greeting", name)
                .paragraph("mail.dueSoon.text", module, MailTexts.date(due, locale), daysLeft)
                .link("mail.link.module", moduleLink(moduleId))
                .build(mail.message("mail.dueSoon.subject", module, daysLeft), url(MY_REMINDERS));
    }

    Composed overdue(Locale locale, String name, String moduleId, String module, LocalDate due) {
        MailComposer mail = texts.compose(locale);
        return mail.paragraph("mail.greeting", name)
                .paragraph("mail.overdue.text", module, MailTexts.date(due, locale))
                .link("mail.link.module", moduleLink(moduleId))
                .build(mail.message("mail.overdue.subject", module), url(MY_REMINDERS));
    }

    Composed expiring(Locale locale, String name, String module, LocalDate expires) {
        MailComposer mail = texts.compose(locale);
        return mail.paragraph("mail.greeting", name)
                .paragraph("mail.expiring.text", module, MailTexts.date(expires, locale))
                .link("mail.link.training", url("training"))
                .build(mail.message("mail.expiring.subject", module), url(MY_REMINDERS));
    }

    Composed digest(Locale locale, String name, List<OverdueItem> items) {
        MailComposer mail = texts.compose(locale);
        return mail.paragraph("mail.greeting", name)
                .paragraph("mail.digest.text", items.size(), settings.schedule().digestGrace().getDays())
                .list(items.stream().map(i -> mail.message("mail.digest.item", i.person(), i.module(),
                        MailTexts.date(i.dueDate(), locale), i.daysOverdue())).toList())
                .link("mail.link.team", url("team"))
                .build(mail.message("mail.digest.subject", items.size()), url(MY_REMINDERS));
    }

    Composed escalation(Locale locale, String name, List<OverdueItem> items) {
        MailComposer mail = texts.compose(locale);
        int days = settings.schedule().digestGrace().getDays() + settings.schedule().escalationAfter().getDays();
        return mail.paragraph("mail.greeting", name)
                .paragraph("mail.escalation.text", items.size(), days)
                .list(items.stream().map(i -> mail.message("mail.escalation.item", i.person(), i.manager(),
                        i.module(), MailTexts.date(i.dueDate(), locale), i.daysOverdue())).toList())
                .link("mail.link.team", url("team"))
                .build(mail.message("mail.escalation.subject", items.size()), url(MY_REMINDERS));
    }

    Composed overdueReminder(Locale locale, String name, String manager, List<String> modules) {
        MailComposer mail = texts.compose(locale);
        return mail.paragraph("mail.greeting", name)
                .paragraph("mail.overdueReminder.text", manager)
                .list(modules)
                .link("mail.link.training", url("training"))
                .build(mail.message("mail.overdueReminder.subject", manager), url(MY_REMINDERS));
    }

    Composed expiryReminder(Locale locale, String name, String manager, List<MailPlanner.Expiring> modules) {
        MailComposer mail = texts.compose(locale);
        return mail.paragraph("mail.greeting", name)
                .paragraph("mail.expiryReminder.text", manager)
                .list(modules.stream().map(m -> mail.message("mail.expiryReminder.item", m.module(),
                        MailTexts.date(m.expires(), locale))).toList())
                .link("mail.link.training", url("training"))
                .build(mail.message("mail.expiryReminder.subject", manager), url(MY_REMINDERS));
    }

    /**
     * A one-time link to set a password: a new person's invitation (valid until {@code expires}, a day), or a
     * link to choose a new password for someone who forgot theirs (valid for half an hour).
     */
    Composed passwordLink(NotificationKind kind, Locale locale, String name, String link, LocalDate expires) {
        MailComposer mail = texts.compose(locale);
        boolean invitation = kind == NotificationKind.INVITATION;
        return mail.paragraph("mail.greeting", name)
                .paragraph(invitation ? "mail.invitation.text" : "mail.recovery.text", MailTexts.date(expires, locale))
                .link(invitation ? "mail.link.invitation" : "mail.link.recovery", link)
                .build(mail.message(invitation ? "mail.invitation.subject" : "mail.recovery.subject"),
                        url(MY_REMINDERS));
    }

    /** A link to a page of Steward, given its path. */
    String url(String path) {
        return settings.publicUrl() + "/" + path;
    }

    private String moduleLink(String moduleId) {
        return url("learn/" + UriUtils.encodePathSegment(moduleId, java.nio.charset.StandardCharsets.UTF_8));
    }
}
