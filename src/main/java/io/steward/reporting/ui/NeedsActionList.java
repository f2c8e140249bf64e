package io.steward.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.steward.reporting.NeedsAction;
import io.steward.reporting.Reminders;
import io.steward.reporting.ReportingService;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The top of "My team": who is overdue or about to expire, most urgent first, to be reminded in one go. "Remind
 * selected" sends one reminder to each person ticked, within the once-a-day rule, and says what became of them.
 */
class NeedsActionList extends Section {

    private final transient ReportingService reports;
    private final Div body = new Div();
    private final Checkbox everyone = new Checkbox();
    private final Button remind = new Button();
    private final Map<Long, Checkbox> selection = new LinkedHashMap<>();
    private NeedsAction.Reason reason;

    NeedsActionList(ReportingService reports) {
        this.reports = reports;
        addClassName("needs-action");
        H2 heading = new H2(getTranslation("team.needs.heading"));
        heading.setId("needs-action-heading");
        getElement().setAttribute("aria-labelledby", "needs-action-heading");
        everyone.setLabel(getTranslation("team.needs.selectAll"));
        everyone.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                selection.values().forEach(box -> box.setValue(e.getValue()));
            }
        });
        remind.setText(getTranslation("team.needs.remind"));
        remind.addThemeVariants(ButtonVariant.PRIMARY);
        remind.addClickListener(click -> remindSelected());
        add(heading, body);
    }

    /** The people who need action for {@code reason} (null: for any). */
    void show(NeedsAction.Reason reason) {
        this.reason = reason;
        NeedsAction needs = reports.myTeamNeedsAction(reason);
        selection.clear();
        body.removeAll();
        if (needs.rows().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(reason == null ? "team.needs.none"
                    : "team.needs.none." + reason.name().toLowerCase(Locale.ROOT)));
            none.addClassName("needs-action-none");
            body.add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("needs-action-list");
        list.getElement().setAttribute("aria-label", getTranslation("team.needs.label"));
        needs.rows().forEach(row -> list.add(item(row)));
        everyone.setValue(false);
        everyone.setIndeterminate(false);
        Div actions = new Div(everyone, remind);
        actions.addClassName("needs-action-actions");
        body.add(actions, list);
        if (needs.more() > 0) {
            body.add(new Paragraph(getTranslation("team.needs.more", needs.more())));
        }
        selectionChanged();
    }

    private ListItem item(NeedsAction.Row row) {
        Checkbox box = new Checkbox();
        box.setAriaLabel(getTranslation("team.needs.select", row.displayName()));
        box.addValueChangeListener(e -> selectionChanged());
        selection.put(row.personId(), box);
        RouterLink name = new RouterLink(row.displayName(), TeamMemberView.class,
                new RouteParameters(TeamMemberView.EMPLOYEE_ID, String.valueOf(row.personId())));
        name.addClassName("needs-action-name");
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(row.date());
        Span when = new Span(getTranslation(row.reason() == NeedsAction.Reason.OVERDUE ? "team.needs.overdue"
                : "team.needs.expiring", row.days(), date));
        when.addClassNames("needs-action-when", row.reason().name().toLowerCase(Locale.ROOT));
        Span module = new Span(row.otherModules() == 0 ? row.moduleTitle()
                : row.moduleTitle() + " " + getTranslation("team.needs.otherModules", row.otherModules()));
        module.addClassName("needs-action-module");
        Div details = new Div(name, module, when);
        details.addClassName("needs-action-details");
        if (row.remindedToday()) {
            Span reminded = new Span(getTranslation("team.needs.remindedToday"));
            reminded.addClassName("needs-action-reminded");
            details.add(reminded);
        }
        return new ListItem(box, details);
    }

    private void selectionChanged() {
        long ticked = selection.values().stream().filter(Checkbox::getValue).count();
        remind.setEnabled(ticked > 0);
        everyone.setValue(ticked == selection.size());
        everyone.setIndeterminate(ticked > 0 && ticked < selection.size());
    }

    private void remindSelected() {
        List<Long> people = selection.entrySet().stream().filter(e -> e.getValue().getValue())
                .map(Map.Entry::getKey).toList();
        Reminders result = reports.remind(people);
        Notification.show(getTranslation("team.needs.reminded", result.recorded(), result.alreadyToday(),
                result.nothingToRemind()), 5000, Notification.Position.TOP_CENTER);
        show(reason);
    }
}
