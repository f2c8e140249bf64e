package io.steward.reporting.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.steward.base.Role;
import io.steward.base.ui.EmptyState;
import io.steward.base.ui.StewardView;
import io.steward.learning.AllowanceService;
import io.steward.reporting.ReportingService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Anyone's training record and timeline, for HR, opened from People or Compliance, with the exceptions HR grants
 * the person from here; opening it is recorded, so the person can see who looked.
 */
@Route("people/:employeeId([0-9]{1,18})")
@RolesAllowed(Role.Names.HR)
class PersonView extends StewardView implements BeforeEnterObserver {

    static final String EMPLOYEE_ID = "employeeId";

    private final transient ReportingService reports;
    private final transient AllowanceService allowances;
    private final transient Clock clock;

    PersonView(ReportingService reports, AllowanceService allowances, Clock clock) {
        super("person.title");
        this.reports = reports;
        this.allowances = allowances;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(Long.parseLong(event.getRouteParameters().get(EMPLOYEE_ID).orElseThrow()));
    }

    private void show(long id) {
        removeAll();
        add(new RouterLink(getTranslation("person.backToCompliance"), ComplianceView.class));
        reports.person(id).ifPresentOrElse(
                person -> add(new PersonHistoryPanel(person, LocalDate.now(clock),
                        new PersonExceptions(person, allowances, () -> show(id)))),
                () -> add(new EmptyState(getTranslation("person.notFound.hr.heading"),
                        getTranslation("person.notFound.hr.text"))));
    }
}
