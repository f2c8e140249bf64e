package io.steward.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.base.ui.StewardView;
import io.steward.directory.DirectoryService;
import io.steward.directory.TeamMember;
import jakarta.annotation.security.RolesAllowed;

/**
 * Everyone in the directory, for HR: searchable, paged from the database, leavers included; each name opens the
 * person's training record.
 */
@Route("people")
@Menu(title = "nav.people", order = 5, icon = "vaadin:user-card")
@RolesAllowed(Role.Names.HR)
class PeopleView extends StewardView {

    PeopleView(DirectoryService directory) {
        super("nav.people");
        TextField search = new TextField(getTranslation("people.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        Button importList = new Button(getTranslation("people.import"), VaadinIcon.UPLOAD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(DirectoryImportView.class)));
        importList.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(search, importList);
        toolbar.addClassName("toolbar");

        Grid<TeamMember> grid = new Grid<>(TeamMember.class, false);
        grid.addColumn(TeamMember::employeeNumber).setHeader(getTranslation("people.column.employeeId"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(PeopleView::record).setHeader(getTranslation("team.column.name"));
        grid.addColumn(TeamMember::email).setHeader(getTranslation("people.column.email")).setFlexGrow(2);
        grid.addColumn(TeamMember::department).setHeader(getTranslation("team.column.department"));
        grid.addColumn(TeamMember::manager).setHeader(getTranslation("team.column.manager"));
        grid.addColumn(m -> getTranslation(m.active() ? "people.active" : "people.inactive"))
                .setHeader(getTranslation("people.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(member -> member.active() ? sendLink(directory, member) : new Div())
                .setHeader(getTranslation("people.column.signIn")).setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel(getTranslation("people.grid.label"));
        grid.setItems(query -> directory.findPeople(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> directory.countPeople(search.getValue()));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        add(toolbar, grid);
    }

    /**
     * The person's name, opening their training record: reporting's page under {@code people/}, which this
     * feature cannot name by class without depending on reporting.
     */
    private static Anchor record(TeamMember member) {
        return new Anchor("people/" + member.id(), member.displayName());
    }

    /** A new sign-in link by e-mail, for someone whose invitation was lost or has expired. */
    private Button sendLink(DirectoryService directory, TeamMember member) {
        Button send = new Button(getTranslation("people.sendLink"), click -> {
            boolean sent = directory.sendInvitation(new EmployeeId(member.id()));
            Notification.show(getTranslation(sent ? "people.sendLink.sent" : "people.sendLink.inactive",
                    member.email()), 5000, Notification.Position.BOTTOM_START);
        });
        send.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        send.setAriaLabel(getTranslation("people.sendLink.label", member.displayName()));
        return send;
    }
}
