package io.steward.content.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.steward.base.CurrentUser;
import io.steward.base.Role;
import io.steward.base.ui.EmptyState;
import io.steward.base.ui.StewardView;
import io.steward.content.ContentHealth;
import io.steward.content.ContentService;
import io.steward.content.ModuleSummary;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Every module file with its version and status; authors reload and preview from here, HR reads. */
@Route("content")
@Menu(title = "nav.content", order = 4, icon = "vaadin:book")
@RolesAllowed({Role.Names.AUTHOR, Role.Names.HR})
class CatalogueView extends StewardView {

    private final transient ContentService content;
    private final Paragraph summary = new Paragraph();
    private final RouterLink healthLink = new RouterLink("", ContentHealthView.class);
    private final Grid<ModuleSummary> grid = new Grid<>(ModuleSummary.class, false);
    private final EmptyState empty;

    CatalogueView(ContentService content, CurrentUser currentUser) {
        super("nav.content");
        this.content = content;
        empty = new EmptyState(getTranslation("content.empty.heading"), getTranslation("content.empty.text"));
        HorizontalLayout actions = new HorizontalLayout(healthLink);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (currentUser.find().filter(u -> u.has(Role.AUTHOR)).isPresent()) {
            actions.addComponentAsFirst(new ReloadButton(content, this::refresh));
        }
        configureGrid();
        add(actions, summary, empty, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setAriaLabel(getTranslation("content.grid.label"));
        Grid.Column<ModuleSummary> title = grid.addComponentColumn(this::titleAndId)
                .setHeader(getTranslation("content.column.title"))
                .setComparator(m -> m.title() != null ? m.title() : m.path()).setSortable(true);
        grid.addColumn(m -> m.version() == null ? "" : m.version().toString())
                .setHeader(getTranslation("content.column.version")).setAutoWidth(true);
        grid.addColumn(ModuleSummary::lessons).setHeader(getTranslation("content.column.lessons"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(ModuleSummary::questions).setHeader(getTranslation("content.column.questions"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(m -> m.estimatedMinutes() == null ? "" : m.estimatedMinutes().toString())
                .setHeader(getTranslation("content.column.minutes")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(m -> m.passMark() == null ? "" : getTranslation("content.passMark", m.passMark()))
                .setHeader(getTranslation("content.column.passMark")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(this::recertification).setHeader(getTranslation("content.column.recertify")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("content.column.status")).setAutoWidth(true);
        grid.addComponentColumn(this::previewLink).setHeader(getTranslation("content.column.actions"))
                .setAutoWidth(true);
        grid.getColumns().forEach(column -> column.setFlexGrow(0));
        title.setWidth("14rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
    }

    /** An invalid file has no title yet, so its path stands in; the id goes beneath, as authors search by it. */
    private Div titleAndId(ModuleSummary module) {
        Span title = new Span(module.title() != null ? module.title() : module.path());
        title.addClassName("module-title");
        Span id = new Span(module.id() == null ? "" : module.id());
        id.addClassName("module-id");
        Div cell = new Div(title, id);
        cell.addClassName("module-title-cell");
        return cell;
    }

    private String recertification(ModuleSummary module) {
        if (!module.served()) {
            return "";
        }
        return module.recertifyEvery() == null ? getTranslation("content.noExpiry") : module.recertifyEvery().toString();
    }

    private Span status(ModuleSummary module) {
        Span status = new Span(getTranslation(switch (module.status()) {
            case VALID -> "content.status.valid";
            case STALE -> "content.status.stale";
            case INVALID -> "content.status.invalid";
        }));
        status.addClassNames("content-status", "content-status-" + module.status().name().toLowerCase(Locale.ROOT));
        return status;
    }

    private Div previewLink(ModuleSummary module) {
        Div cell = new Div();
        if (module.served()) {
            RouterLink link = new RouterLink(getTranslation("content.preview"), ModulePreviewView.class, module.id());
            link.getElement().setAttribute("aria-label", getTranslation("content.preview.label", module.title()));
            cell.add(link);
        }
        if (module.served() && module.questions() > 0) {
            // By address, not by view class: the analysis feature depends on content, not the other way round.
            Anchor analysis = new Anchor("analysis?module=" + URLEncoder.encode(module.id(), StandardCharsets.UTF_8),
                    getTranslation("content.analysis"));
            analysis.setAriaLabel(getTranslation("content.analysis.label", module.title()));
            analysis.getElement().setAttribute("router-link", true);
            cell.add(analysis);
        }
        cell.addClassName("module-actions");
        return cell;
    }

    private void refresh() {
        List<ModuleSummary> modules = content.catalogue();
        ContentHealth health = content.health();
        summary.setText(getTranslation("content.summary", health.files(), health.served(),
                Times.format(health.checkedAt(), getLocale())));
        healthLink.setText(getTranslation("content.health.link", health.errors(), health.warnings()));
        grid.setItems(modules);
        grid.setVisible(!modules.isEmpty());
        empty.setVisible(modules.isEmpty());
    }
}
