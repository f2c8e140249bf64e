package io.steward.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.steward.base.CurrentUser;
import io.steward.base.Role;
import io.steward.base.ui.EmptyState;
import io.steward.base.ui.ScrollRegion;
import io.steward.base.ui.StewardView;
import io.steward.content.ContentService;
import io.steward.content.ModuleSummary;
import io.steward.directory.DirectoryService;
import io.steward.reporting.ArchiveService;
import io.steward.reporting.ComplianceDashboard;
import io.steward.reporting.ManagerChoice;
import io.steward.reporting.MatrixCell;
import io.steward.reporting.OverdueLine;
import io.steward.reporting.ReportFilter;
import io.steward.reporting.ReportFilter.StateFilter;
import io.steward.reporting.ReportingService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole organisation for HR and auditors: filters, headline figures, departments by modules, overdue, and
 * the evidence pack for an audit ("Export evidence").
 */
@Route("compliance")
@Menu(title = "nav.compliance", order = 3, icon = "vaadin:chart")
@RolesAllowed({Role.Names.HR, Role.Names.AUDITOR})
class ComplianceView extends StewardView {

    private static final int OVERDUE_LIMIT = 20;

    private final transient ReportingService reports;
    private final Filters filters;
    private final AsOfNote asOfNote = new AsOfNote();
    private final HeadlineFigures figures = new HeadlineFigures();
    private final ExportLinks exports = new ExportLinks();
    private final Div matrix = new Div();
    private final Div trend = new Div();
    private final Grid<OverdueLine> overdue = new Grid<>(OverdueLine.class, false);
    private final Map<String, String> titles;

    ComplianceView(ReportingService reports, ArchiveService archives, ContentService content,
            DirectoryService directory, Clock clock, CurrentUser currentUser) {
        super("nav.compliance");
        this.reports = reports;
        List<ModuleSummary> modules = content.servedModules();
        titles = modules.stream().collect(Collectors.toMap(ModuleSummary::id, ModuleSummary::title, (a, b) -> a));
        filters = new Filters(directory.departmentNames(), modules, reports.managers(), LocalDate.now(clock),
                this::refresh);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        // HR may open a person's timeline; auditors get the evidence, not people's records (docs/privacy.md).
        if (currentUser.require().has(Role.HR)) {
            overdue.addComponentColumn(o -> new RouterLink(o.displayName(), PersonView.class,
                    new RouteParameters(PersonView.EMPLOYEE_ID, String.valueOf(o.employeeId()))))
                    .setHeader(getTranslation("compliance.column.name")).setAutoWidth(true);
        } else {
            overdue.addColumn(OverdueLine::displayName).setHeader(getTranslation("compliance.column.name"))
                    .setAutoWidth(true);
        }
        overdue.addColumn(OverdueLine::department).setHeader(getTranslation("compliance.column.department"))
                .setAutoWidth(true);
        overdue.addColumn(OverdueLine::title).setHeader(getTranslation("compliance.column.module")).setAutoWidth(true);
        overdue.addColumn(o -> dates.format(o.dueDate())).setHeader(getTranslation("compliance.column.due"))
                .setAutoWidth(true);
        overdue.addColumn(OverdueLine::daysOverdue).setHeader(getTranslation("compliance.column.daysOverdue"))
                .setAutoWidth(true);
        overdue.setAriaLabel(getTranslation("compliance.overdue"));
        overdue.setAllRowsVisible(true);
        Button exportEvidence = new Button(getTranslation("evidence.export"), VaadinIcon.ARCHIVE.create(),
                click -> new EvidenceExportDialog(archives, modules, directory.departmentNames(), LocalDate.now(clock))
                        .open());
        exportEvidence.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(exportEvidence);
        actions.addClassName("toolbar");
        add(actions, filters, exports, asOfNote, figures, matrix,
                new Paragraph(getTranslation("compliance.matrix.legend")), new H2(getTranslation("chart.trend")),
                trend, new H2(getTranslation("compliance.overdue")), overdue);
        refresh();
    }

    private void refresh() {
        ReportFilter filter = filters.value();
        ComplianceDashboard dashboard = reports.compliance(filter, OVERDUE_LIMIT);
        asOfNote.show(filter.asOf());
        figures.show(dashboard.headline(), dashboard.minimumGroup());
        exports.show(filter);
        matrix.removeAll();
        matrix.add(dashboard.matrix().isEmpty()
                ? new EmptyState(getTranslation("compliance.empty.heading"), getTranslation("compliance.empty.text"))
                : new ScrollRegion(getTranslation("compliance.matrix"),
                        new Matrix(dashboard.matrix(), titles, dashboard.minimumGroup())));
        trend.removeAll();
        trend.add(new TrendChart(dashboard.trend(), dashboard.minimumGroup()));
        overdue.setItems(dashboard.longestOverdue());
    }

    /** The filters; every change redraws the page. */
    private static final class Filters extends Div {

        private final ComboBox<String> department = new ComboBox<>();
        private final ComboBox<ModuleSummary> module = new ComboBox<>();
        private final Select<StateFilter> state = new Select<>();
        private final DatePicker dueFrom = new DatePicker();
        private final DatePicker dueTo = new DatePicker();
        private final ComboBox<ManagerChoice> manager = new ComboBox<>();
        private final AsOfField asOf;

        Filters(List<String> departments, List<ModuleSummary> modules, List<ManagerChoice> managers, LocalDate today,
                Runnable onChange) {
            addClassName("report-filters");
            department.setLabel(getTranslation("compliance.filter.department"));
            department.setItems(departments);
            module.setLabel(getTranslation("compliance.filter.module"));
            module.setItems(modules);
            module.setItemLabelGenerator(ModuleSummary::title);
            state.setLabel(getTranslation("compliance.filter.state"));
            state.setItems(StateFilter.values());
            state.setEmptySelectionAllowed(true);
            state.setEmptySelectionCaption(getTranslation("compliance.filter.anyState"));
            state.setItemLabelGenerator(s -> s == null ? getTranslation("compliance.filter.anyState")
                    : getTranslation("compliance.state." + s.name().toLowerCase(Locale.ROOT)));
            dueFrom.setLabel(getTranslation("compliance.filter.dueFrom"));
            dueTo.setLabel(getTranslation("compliance.filter.dueTo"));
            manager.setLabel(getTranslation("compliance.filter.manager"));
            manager.setItems(managers);
            manager.setItemLabelGenerator(ManagerChoice::displayName);
            List.of(department, module, manager).forEach(c -> c.setClearButtonVisible(true));
            department.addValueChangeListener(e -> onChange.run());
            module.addValueChangeListener(e -> onChange.run());
            state.addValueChangeListener(e -> onChange.run());
            dueFrom.addValueChangeListener(e -> onChange.run());
            dueTo.addValueChangeListener(e -> onChange.run());
            manager.addValueChangeListener(e -> onChange.run());
            asOf = new AsOfField(today, day -> onChange.run());
            add(department, module, state, dueFrom, dueTo, manager, asOf);
        }

        ReportFilter value() {
            return new ReportFilter(department.getValue(), valueOf(module.getValue(), ModuleSummary::id),
                    state.getValue(), dueFrom.getValue(), dueTo.getValue(),
                    valueOf(manager.getValue(), ManagerChoice::id), asOf.day());
        }

        private static <T, R> R valueOf(T selected, Function<T, R> field) {
            return selected == null ? null : field.apply(selected);
        }
    }

    /**
     * Departments by modules as a real table, so screen readers announce row and column. Each cell says its
     * percentage and counts in words; the colour band only repeats what the text says.
     */
    private static final class Matrix extends NativeTable {

        private final int minimumGroup;

        Matrix(List<MatrixCell> cells, Map<String, String> titles, int minimumGroup) {
            this.minimumGroup = minimumGroup;
            addClassName("compliance-matrix");
            List<String> modules = List.copyOf(cells.stream().map(MatrixCell::moduleId)
                    .collect(Collectors.toCollection(TreeSet::new)));
            Map<String, Map<String, MatrixCell>> byDepartment = cells.stream().collect(Collectors.groupingBy(
                    MatrixCell::department, TreeMap::new,
                    Collectors.toMap(MatrixCell::moduleId, Function.identity())));
            setCaptionText(getTranslation("compliance.matrix"));
            NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(
                    getTranslation("compliance.column.department")));
            modules.forEach(m -> head.add(columnHeader(titles.getOrDefault(m, m))));
            add(new NativeTableHeader(head));
            NativeTableBody body = new NativeTableBody();
            byDepartment.forEach((department, row) -> {
                NativeTableHeaderCell name = new NativeTableHeaderCell(department.isEmpty()
                        ? getTranslation("compliance.noDepartment") : department);
                name.getElement().setAttribute("scope", "row");
                NativeTableRow tr = new NativeTableRow(name);
                modules.forEach(m -> tr.add(cell(row.get(m))));
                body.add(tr);
            });
            add(body);
        }

        private static NativeTableHeaderCell columnHeader(String title) {
            NativeTableHeaderCell header = new NativeTableHeaderCell(title);
            header.getElement().setAttribute("scope", "col");
            return header;
        }

        private NativeTableCell cell(MatrixCell cell) {
            if (cell != null && cell.suppressed()) {
                NativeTableCell hidden = new NativeTableCell(getTranslation("report.fewerThan", minimumGroup));
                hidden.addClassName("band-none");
                return hidden;
            }
            if (cell == null || cell.assigned() == 0) {
                NativeTableCell empty = new NativeTableCell(getTranslation("compliance.cell.none"));
                empty.addClassName("band-none");
                return empty;
            }
            NativeTableCell td = new NativeTableCell(getTranslation("compliance.cell", cell.percent(),
                    cell.completed(), cell.assigned()));
            td.addClassName(cell.percent() >= 90 ? "band-high" : cell.percent() >= 60 ? "band-mid" : "band-low");
            return td;
        }
    }
}
