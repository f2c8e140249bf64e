package io.steward.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.steward.audit.AuditEntryView;
import io.steward.audit.AuditFilter;
import io.steward.audit.AuditService;
import io.steward.audit.ChainVerification;
import io.steward.base.Role;
import io.steward.base.ui.StewardView;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Auditors browse the trail, filtered by action, actor, subject and days, and check that nobody has changed it.
 * There is nothing here to edit.
 */
@Route("audit")
@Menu(title = "nav.audit", order = 6, icon = "vaadin:shield")
@RolesAllowed(Role.Names.AUDITOR)
class AuditTrailView extends StewardView {

    private final transient AuditService audit;
    private final Paragraph outcome = new Paragraph();
    private final Select<String> action = new Select<>();
    private final TextField actor = new TextField();
    private final TextField subject = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Grid<AuditEntryView> grid = new Grid<>(AuditEntryView.class, false);

    AuditTrailView(AuditService audit) {
        super("nav.audit");
        this.audit = audit;
        Button verify = new Button(getTranslation("audit.verify"));
        verify.addClickListener(click -> {
            verify();
            verify.setEnabled(true);
        });
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setDisableOnClick(true);
        outcome.addClassName("audit-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        Div verifyBox = new Div(new Paragraph(getTranslation("audit.intro")), verify, outcome);
        verifyBox.addClassName("empty-state");

        action.setLabel(getTranslation("audit.filter.action"));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.filter.all"));
        action.setItems(audit.actions());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setHelperText(getTranslation("audit.filter.actor.help"));
        subject.setLabel(getTranslation("audit.filter.subject"));
        subject.setHelperText(getTranslation("audit.filter.subject.help"));
        from.setLabel(getTranslation("audit.filter.from"));
        until.setLabel(getTranslation("audit.filter.until"));
        until.setErrorMessage(getTranslation("audit.filter.range"));
        for (TextField field : List.of(actor, subject)) {
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        for (DatePicker day : List.of(from, until)) {
            day.setClearButtonVisible(true);
            day.addValueChangeListener(e -> {
                until.setInvalid(filter().emptyRange());
                grid.getDataProvider().refreshAll();
            });
        }
        FormLayout filters = new FormLayout(action, actor, subject, from, until);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));

        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneOffset.UTC);
        // 61rem in all: what a 1280-pixel screen leaves beside the menu. Long values wrap (audit-grid).
        grid.addColumn(AuditEntryView::id).setHeader(getTranslation("audit.column.id")).setWidth("4.5rem")
                .setFlexGrow(0);
        grid.addColumn(e -> times.format(e.occurredAt())).setHeader(getTranslation("audit.column.time"))
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(AuditEntryView::actor).setHeader(getTranslation("audit.column.actor")).setWidth("10rem")
                .setFlexGrow(2);
        grid.addColumn(AuditEntryView::action).setHeader(getTranslation("audit.column.action")).setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(AuditEntryView::subject).setHeader(getTranslation("audit.column.subject")).setWidth("10rem")
                .setFlexGrow(2);
        grid.addColumn(AuditEntryView::outcome).setHeader(getTranslation("audit.column.outcome")).setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(AuditEntryView::detail).setHeader(getTranslation("audit.column.detail")).setWidth("10rem")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("audit-grid");
        grid.setAriaLabel(getTranslation("audit.grid"));
        grid.setDataProvider(new CallbackDataProvider<AuditEntryView, Void>(
                query -> audit.entries(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> audit.count(filter())));
        grid.setHeight("32rem");
        add(verifyBox, filters, grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(action.getValue(), actor.getValue(), subject.getValue(), from.getValue(),
                until.getValue());
    }

    private void verify() {
        ChainVerification result = audit.verify();
        outcome.setText(result.intact() ? getTranslation("audit.intact", result.entries())
                : getTranslation("audit.broken", result.firstBrokenEntry(), result.problem(), result.entries()));
        outcome.getElement().getClassList().set("broken", !result.intact());
    }
}
