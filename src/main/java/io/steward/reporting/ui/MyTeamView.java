package io.steward.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.steward.base.Role;
import io.steward.base.ui.StewardView;
import io.steward.directory.DirectoryService;
import io.steward.directory.TeamMember;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

@Route("team")
@Menu(title = "nav.myTeam", order = 2, icon = "vaadin:users")
@RolesAllowed(Role.Names.MANAGER)
class MyTeamView extends StewardView {

    MyTeamView(DirectoryService directory) {
        super("nav.myTeam");
        List<TeamMember> team = directory.myTeam();
        Paragraph summary = new Paragraph(getTranslation("team.summary", team.size()));
        Grid<TeamMember> grid = new Grid<>(TeamMember.class, false);
        grid.addColumn(TeamMember::displayName).setHeader(getTranslation("team.column.name")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(TeamMember::department).setHeader(getTranslation("team.column.department"))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(TeamMember::manager).setHeader(getTranslation("team.column.manager")).setSortable(true)
                .setAutoWidth(true);
        grid.setItems(team);
        grid.setAriaLabel(getTranslation("team.grid.label"));
        grid.setAllRowsVisible(true);
        add(summary, grid);
    }
}
