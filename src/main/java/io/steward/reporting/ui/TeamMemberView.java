package io.steward.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.steward.base.Role;
import io.steward.base.ui.EmptyState;
import io.steward.base.ui.StewardView;
import io.steward.reporting.PersonHistory;
import io.steward.reporting.PersonHistory.AssignmentLine;
import io.steward.reporting.ReportingService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One person's history for their manager. Anyone outside the manager's line is "not found", the same as an
 * id that does not exist, so the page does not even confirm that the person exists.
 */
@Route("team/person/:employeeId([0-9]{1,18})")
@RolesAllowed(Role.Names.MANAGER)
class TeamMemberView extends StewardView implements BeforeEnterObserver {

    static final String EMPLOYEE_ID = "employeeId";

    private final transient ReportingService reports;
    private final transient Clock clock;

    TeamMemberView(ReportingService reports, Clock clock) {
        super("person.title");
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = Long.parseLong(event.getRouteParameters().get(EMPLOYEE_ID).orElseThrow());
        add(new RouterLink(getTranslation("person.back"), MyTeamView.class));
        reports.myTeamMember(id).ifPresentOrElse(this::show, () -> add(
                new EmptyState(getTranslation("person.notFound.heading"), getTranslation("person.notFound.text"))));
    }

    private void show(PersonHistory person) {
        Div actions = new Div();
        if (person.assignments().stream().anyMatch(AssignmentLine::overdue)) {
            actions.add(new Button(getTranslation("person.remind"), click -> remind(person)));
        }
        add(new PersonHistoryPanel(person, LocalDate.now(clock), actions));
    }

    private void remind(PersonHistory person) {
        ReportingService.Reminder result = reports.remindOverdue(person.id());
        Notification.show(getTranslation("person.remind." + result.name().toLowerCase(Locale.ROOT),
                person.displayName()), 5000, Notification.Position.TOP_CENTER);
    }
}
