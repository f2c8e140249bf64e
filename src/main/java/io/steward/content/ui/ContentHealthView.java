package io.steward.content.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import io.steward.base.CurrentUser;
import io.steward.base.Role;
import io.steward.base.ui.EmptyState;
import io.steward.base.ui.StewardView;
import io.steward.content.ContentHealth;
import io.steward.content.ContentProblem;
import io.steward.content.ContentService;
import jakarta.annotation.security.RolesAllowed;

/** Every problem in the content folder, with file and line, so an author can go straight to it. */
@Route("content/health")
@RolesAllowed({Role.Names.AUTHOR, Role.Names.HR})
class ContentHealthView extends StewardView {

    private final transient ContentService content;
    private final Paragraph summary = new Paragraph();
    private final Grid<ContentProblem> grid = new Grid<>(ContentProblem.class, false);
    private final EmptyState none;

    ContentHealthView(ContentService content, CurrentUser currentUser) {
        super("health.title");
        this.content = content;
        none = new EmptyState(getTranslation("health.none.heading"), getTranslation("health.none.text"));
        if (currentUser.find().filter(u -> u.has(Role.AUTHOR)).isPresent()) {
            add(new ReloadButton(content, this::refresh));
        }
        grid.setAriaLabel(getTranslation("health.grid.label"));
        grid.addColumn(ContentProblem::path).setHeader(getTranslation("health.column.file")).setSortable(true)
                .setWidth("16rem").setFlexGrow(0);
        grid.addColumn(p -> p.line() > 0 ? Integer.toString(p.line()) : "")
                .setHeader(getTranslation("health.column.line")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> getTranslation(p.isError() ? "health.severity.error" : "health.severity.warning"))
                .setHeader(getTranslation("health.column.severity")).setSortable(true).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ContentProblem::message).setHeader(getTranslation("health.column.problem")).setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(summary, none, grid);
        refresh();
    }

    private void refresh() {
        ContentHealth health = content.health();
        summary.setText(getTranslation("health.summary", Times.format(health.checkedAt(), getLocale()),
                health.folder(), health.files(), health.served(), health.errors(), health.warnings()));
        grid.setItems(health.problems());
        grid.setVisible(!health.problems().isEmpty());
        none.setVisible(health.problems().isEmpty());
    }
}
