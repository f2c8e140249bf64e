package io.steward.reporting.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.steward.base.Role;
import io.steward.base.ui.StewardView;
import io.steward.reporting.PeopleFilter;
import io.steward.reporting.PersonProgress;
import io.steward.reporting.ReportFilter;
import io.steward.reporting.ReportingService;
import io.steward.reporting.TeamDashboard;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A manager's reporting line at a glance: first who needs a reminder now, then the headline figures (today's
 * filter that list) and everyone's progress, today or as it stood at the end of a past day.
 */
@Route("team")
@Menu(title = "nav.myTeam", order = 2, icon = "vaadin:users")
@RolesAllowed(Role.Names.MANAGER)
class MyTeamView extends StewardView {

    private final transient ReportingService reports;
    private final Div dashboard = new Div();
    private final AsOfNote asOfNote = new AsOfNote();
    private final NeedsActionList needsAction;

    MyTeamView(ReportingService reports, Clock clock) {
        super("nav.myTeam");
        this.reports = reports;
        this.needsAction = new NeedsActionList(reports);
        Div filters = new Div(new AsOfField(LocalDate.now(clock), this::show));
        filters.addClassName("report-filters");
        add(needsAction, filters, asOfNote, dashboard,
                new Anchor("team/extra-attempts", getTranslation("team.extraAttempts")));
        show(null);
    }

    /**
     * The dashboard of the day (null: today). Who needs action is always about now, so only today's figures
     * filter that list.
     */
    private void show(LocalDate asOf) {
        TeamDashboard team = reports.myTeam(asOf);
        HeadlineFigures figures = new HeadlineFigures();
        if (asOf == null) {
            figures.filterWith(needsAction::show);
        }
        needsAction.show(null);
        figures.show(team.headline(), team.minimumGroup());
        ExportLinks exports = new ExportLinks();
        exports.show(ReportFilter.none().asOf(asOf));
        asOfNote.show(asOf);
        dashboard.removeAll();
        dashboard.add(figures, new H2(getTranslation("chart.byModule")),
                new CompletionChart(team.byModule(), team.minimumGroup()),
                new H2(getTranslation("chart.trend")), new TrendChart(team.trend(), team.minimumGroup()),
                new H2(getTranslation("team.people")), new PeopleList(reports, team.people(), asOf), exports);
    }

    /** Everyone in the line with their open, overdue and completed assignments; a name opens the person. */
    private static final class PeopleList extends Div {

        private final transient ReportingService reports;
        private final TextField name = new TextField();
        private final Checkbox overdueOnly = new Checkbox();
        private final Grid<PersonProgress> grid = new Grid<>(PersonProgress.class, false);
        private final LocalDate asOf;

        PeopleList(ReportingService reports, List<PersonProgress> everyone, LocalDate asOf) {
            this.reports = reports;
            this.asOf = asOf;
            name.setLabel(getTranslation("team.filter.name"));
            name.setClearButtonVisible(true);
            name.setValueChangeMode(ValueChangeMode.LAZY);
            overdueOnly.setLabel(getTranslation("team.filter.overdueOnly"));
            name.addValueChangeListener(e -> refresh());
            overdueOnly.addValueChangeListener(e -> refresh());
            grid.addComponentColumn(p -> new RouterLink(p.displayName(), TeamMemberView.class,
                            new RouteParameters(TeamMemberView.EMPLOYEE_ID, String.valueOf(p.id()))))
                    .setHeader(getTranslation("team.column.name")).setAutoWidth(true)
                    .setComparator(Comparator.comparing(PersonProgress::displayName));
            grid.addColumn(PersonProgress::department).setHeader(getTranslation("team.column.department"))
                    .setSortable(true).setAutoWidth(true);
            grid.addColumn(PersonProgress::open).setHeader(getTranslation("team.column.open")).setSortable(true);
            grid.addColumn(PersonProgress::overdue).setHeader(getTranslation("team.column.overdue"))
                    .setSortable(true);
            grid.addColumn(PersonProgress::completed).setHeader(getTranslation("team.column.completed"))
                    .setSortable(true);
            grid.setAriaLabel(getTranslation("team.grid.label"));
            grid.addClassName("report-grid");
            Div filters = new Div(name, overdueOnly);
            filters.addClassName("report-filters");
            add(filters, grid);
            grid.setItems(everyone);
        }

        private void refresh() {
            grid.setItems(reports.myTeamPeople(new PeopleFilter(name.getValue(), overdueOnly.getValue()), asOf));
        }
    }
}
