package io.steward.notification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.steward.base.CurrentUser;
import io.steward.base.Role;
import io.steward.base.ui.Formats;
import io.steward.base.ui.StewardView;
import io.steward.notification.MyReminder;
import io.steward.notification.NotificationService;
import io.steward.notification.ReminderSchedule;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/** Which reminders the signed-in person gets, and when; and every e-mail Steward sent them. */
@Route("reminders")
@Menu(title = "nav.myReminders", order = 1.5, icon = "vaadin:bell")
@PermitAll
class MyRemindersView extends StewardView {

    MyRemindersView(NotificationService notifications, CurrentUser currentUser) {
        super("nav.myReminders");
        ReminderSchedule schedule = notifications.reminderSchedule();
        String days = Formats.list(schedule.dueDaysBefore().stream()
                .map(d -> getTranslation("period.days", d)).toList(), this::getTranslation);
        UnorderedList kinds = new UnorderedList(
                new ListItem(getTranslation("reminders.when.assigned")),
                new ListItem(getTranslation("reminders.when.dueSoon", days)),
                new ListItem(getTranslation("reminders.when.overdue")),
                new ListItem(getTranslation("reminders.when.expiring", schedule.expiringWithin().getDays())));
        if (currentUser.require().has(Role.MANAGER)) {
            kinds.add(new ListItem(getTranslation("reminders.when.digest", schedule.digestGrace().getDays())),
                    new ListItem(getTranslation("reminders.when.escalation",
                            schedule.digestGrace().getDays() + schedule.escalationAfter().getDays())));
        }
        kinds.setId("reminder-kinds");
        add(new H2(getTranslation("reminders.when")), kinds, new H2(getTranslation("mydata.reminders.title")),
                new Paragraph(getTranslation("mydata.reminders.purpose") + " "
                        + getTranslation("mydata.reminders.retention",
                                Formats.period(notifications.deliveryLogKeptFor(), this::getTranslation))),
                sent(notifications.myReminders()));
    }

    private Grid<MyReminder> sent(List<MyReminder> reminders) {
        Grid<MyReminder> grid = new Grid<>(MyReminder.class, false);
        Locale locale = getLocale();
        grid.addColumn(r -> Formats.dateTime(r.plannedAt(), locale))
                .setHeader(getTranslation("mydata.reminders.column.plannedAt")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(r -> getTranslation("notification.kind." + r.kind().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("mydata.reminders.column.kind")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(MyReminder::subject).setHeader(getTranslation("mydata.reminders.column.subject"))
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation("notification.status." + r.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("mydata.reminders.column.status")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> Formats.dateTime(r.sentAt(), locale))
                .setHeader(getTranslation("mydata.reminders.column.sentAt")).setWidth("11rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(reminders);
        grid.setAriaLabel(getTranslation("mydata.reminders.title"));
        grid.setAllRowsVisible(reminders.size() <= 15);
        grid.setEmptyStateText(getTranslation("reminders.none"));
        return grid;
    }
}
