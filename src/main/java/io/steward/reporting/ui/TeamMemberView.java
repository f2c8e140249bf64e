package io.steward.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import io.steward.reporting.PersonHistory.AttemptLine;
import io.steward.reporting.PersonHistory.CertificateLine;
import io.steward.reporting.PersonHistory.CompletionLine;
import io.steward.reporting.ReportingService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
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
    private final DateTimeFormatter dates;

    TeamMemberView(ReportingService reports) {
        super("person.title");
        this.reports = reports;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
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
        Div facts = new Div(new Span(person.email()), new Span(person.department() == null ? "" : person.department()),
                new Span(getTranslation("person.reportsTo", person.manager())));
        facts.addClassName("module-facts");
        add(new H2(person.displayName()), facts);
        if (person.assignments().stream().anyMatch(AssignmentLine::overdue)) {
            add(new Button(getTranslation("person.remind"), click -> remind(person)));
        }
        section("person.assignments", person.assignments(), assignments());
        section("person.attempts", person.attempts(), attempts());
        section("person.completions", person.completions(), completions());
        section("person.certificates", person.certificates(), certificates());
    }

    private void remind(PersonHistory person) {
        ReportingService.Reminder result = reports.remindOverdue(person.id());
        Notification.show(getTranslation("person.remind." + result.name().toLowerCase(Locale.ROOT),
                person.displayName()), 5000, Notification.Position.TOP_CENTER);
    }

    private <T> void section(String headingKey, List<T> rows, Grid<T> grid) {
        add(new H2(getTranslation(headingKey)));
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("person.none")));
            return;
        }
        grid.setItems(rows);
        grid.setAriaLabel(getTranslation(headingKey));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Grid<AssignmentLine> assignments() {
        Grid<AssignmentLine> grid = new Grid<>(AssignmentLine.class, false);
        grid.addColumn(AssignmentLine::title).setHeader(getTranslation("person.column.module")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.overdue() ? "report.state.overdue"
                : "report.state." + a.state().toLowerCase(Locale.ROOT))).setHeader(getTranslation("person.column.state"))
                .setAutoWidth(true);
        grid.addColumn(a -> date(a.dueDate())).setHeader(getTranslation("person.column.due"))
                .setAutoWidth(true);
        grid.addColumn(a -> date(a.completedAt())).setHeader(getTranslation("person.column.completed"))
                .setAutoWidth(true);
        grid.addColumn(AssignmentLine::exemptReason).setHeader(getTranslation("person.column.reason"));
        return grid;
    }

    private Grid<AttemptLine> attempts() {
        Grid<AttemptLine> grid = new Grid<>(AttemptLine.class, false);
        grid.addColumn(AttemptLine::title).setHeader(getTranslation("person.column.module")).setAutoWidth(true);
        grid.addColumn(AttemptLine::version).setHeader(getTranslation("person.column.version"));
        grid.addColumn(AttemptLine::attemptNumber).setHeader(getTranslation("person.column.attempt"));
        grid.addColumn(a -> a.scorePercent() == null ? getTranslation("person.attempt.open")
                : getTranslation(Boolean.TRUE.equals(a.passed()) ? "person.attempt.passed" : "person.attempt.failed",
                        a.scorePercent())).setHeader(getTranslation("person.column.score"));
        grid.addColumn(a -> date(a.startedAt())).setHeader(getTranslation("person.column.started"));
        return grid;
    }

    private Grid<CompletionLine> completions() {
        Grid<CompletionLine> grid = new Grid<>(CompletionLine.class, false);
        grid.addColumn(CompletionLine::title).setHeader(getTranslation("person.column.module")).setAutoWidth(true);
        grid.addColumn(CompletionLine::version).setHeader(getTranslation("person.column.version"));
        grid.addColumn(c -> c.scorePercent() == null ? getTranslation("person.completion.attested")
                : getTranslation("report.percent", c.scorePercent()))
                .setHeader(getTranslation("person.column.score"));
        grid.addColumn(c -> date(c.completedAt())).setHeader(getTranslation("person.column.completed"));
        grid.addColumn(c -> date(c.expiresAt())).setHeader(getTranslation("person.column.expires"));
        return grid;
    }

    private Grid<CertificateLine> certificates() {
        Grid<CertificateLine> grid = new Grid<>(CertificateLine.class, false);
        grid.addColumn(CertificateLine::code).setHeader(getTranslation("person.column.code")).setAutoWidth(true);
        grid.addColumn(CertificateLine::title).setHeader(getTranslation("person.column.module")).setAutoWidth(true);
        grid.addColumn(c -> date(c.issuedAt())).setHeader(getTranslation("person.column.issued"));
        grid.addColumn(c -> date(c.expiresAt())).setHeader(getTranslation("person.column.expires"));
        return grid;
    }

    private String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    private String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(ZoneOffset.UTC).toLocalDate());
    }
}
