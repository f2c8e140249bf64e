package io.steward.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.steward.base.Role;
import io.steward.base.ui.Formats;
import io.steward.base.ui.StewardView;
import io.steward.content.ContentService;
import io.steward.content.ModuleSummary;
import io.steward.directory.Audience;
import io.steward.directory.DirectoryService;
import io.steward.learning.AssignmentRequest;
import io.steward.learning.AssignmentRuleRejectedException;
import io.steward.learning.AssignmentRuleView;
import io.steward.learning.AssignmentService;
import io.steward.learning.Recertification;
import io.steward.learning.RuleChangePreview;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * HR assigns a module to an audience, due by a date or a number of days after assignment, and chooses how
 * expiring completions are renewed. The rule also reaches people who join the audience later.
 */
@Route("assignments")
@Menu(title = "nav.assignments", order = 3.5, icon = "vaadin:tasks")
@RolesAllowed(Role.Names.HR)
class AssignmentsView extends StewardView {

    private static final String DUE_DATE = "date";
    private static final String DUE_DAYS = "days";
    private static final String DUE_HIRE = "hire";

    private final transient AssignmentService assignments;
    private final ComboBox<ModuleSummary> module = new ComboBox<>();
    private final Select<Audience.Type> audienceType = new Select<>();
    private final MultiSelectComboBox<String> departments = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> roles = new MultiSelectComboBox<>();
    private final TextArea employees = new TextArea();
    private final RadioButtonGroup<String> dueKind = new RadioButtonGroup<>();
    private final DatePicker dueDate = new DatePicker();
    private final IntegerField dueInDays = new IntegerField();
    private final IntegerField dueDaysAfterHire = new IntegerField();
    private final RecertificationFields recertification = new RecertificationFields();
    private final Grid<AssignmentRuleView> rules = new Grid<>(AssignmentRuleView.class, false);
    private final Paragraph changing = new Paragraph();
    private final Button assign = new Button(getTranslation("assign.submit"), click -> submit());
    private final Button cancelChange = new Button(getTranslation("rule.change.cancel"), click -> endChange());
    private final List<ModuleSummary> modules;
    /** The rule the form is changing; null while it makes a new one. */
    private AssignmentRuleView changed;

    AssignmentsView(AssignmentService assignments, ContentService content, DirectoryService directory) {
        super("nav.assignments");
        this.assignments = assignments;
        module.setLabel(getTranslation("assign.module"));
        modules = content.servedModules();
        module.setItems(modules);
        module.setItemLabelGenerator(m -> m.title() + " (" + m.version() + ")");
        audienceType.setLabel(getTranslation("assign.audience"));
        audienceType.setItems(Audience.Type.values());
        audienceType.setItemLabelGenerator(t -> getTranslation("assign.audience." + t.name().toLowerCase(Locale.ROOT)));
        audienceType.setValue(Audience.Type.EVERYONE);
        departments.setLabel(getTranslation("assign.departments"));
        departments.setItems(directory.departmentNames());
        roles.setLabel(getTranslation("assign.roles"));
        roles.setItems(Arrays.stream(Role.values()).map(Role::name).toList());
        employees.setLabel(getTranslation("assign.employees"));
        employees.setHelperText(getTranslation("assign.employees.help"));
        dueKind.setLabel(getTranslation("assign.due"));
        dueKind.setItems(DUE_DAYS, DUE_HIRE, DUE_DATE);
        dueKind.setItemLabelGenerator(k -> getTranslation("assign.due." + k));
        dueKind.setValue(DUE_DAYS);
        dueDate.setLabel(getTranslation("assign.dueDate"));
        dueInDays.setLabel(getTranslation("assign.dueInDays"));
        dueInDays.setMin(1);
        dueInDays.setValue(30);
        dueDaysAfterHire.setLabel(getTranslation("assign.dueDaysAfterHire"));
        dueDaysAfterHire.setHelperText(getTranslation("assign.dueDaysAfterHire.help"));
        dueDaysAfterHire.setMin(1);
        dueDaysAfterHire.setValue(30);
        audienceType.addValueChangeListener(e -> showAudienceField());
        dueKind.addValueChangeListener(e -> showDueField());
        showAudienceField();
        showDueField();
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancelChange.setVisible(false);
        changing.addClassName("as-of-note");
        changing.setVisible(false);
        FormLayout form = new FormLayout(module, audienceType, departments, roles, employees, dueKind, dueDate,
                dueInDays, dueDaysAfterHire);
        form.setMaxWidth("48rem");
        recertification.getContent().setMaxWidth("48rem");
        rules.addColumn(r -> title(r.moduleId())).setHeader(getTranslation("assign.column.module")).setAutoWidth(true);
        rules.addColumn(this::describe).setHeader(getTranslation("assign.column.audience"));
        rules.addColumn(r -> r.dueDate() != null ? Formats.date(r.dueDate(), getLocale())
                : r.dueInDays() != null ? getTranslation("assign.daysAfter", r.dueInDays())
                : getTranslation("assign.daysAfterHire", r.dueDaysAfterHire()))
                .setHeader(getTranslation("assign.column.due"));
        rules.addColumn(r -> describe(r.recertification()))
                .setHeader(getTranslation("assign.column.recertification"));
        rules.addColumn(AssignmentRuleView::assignments).setHeader(getTranslation("assign.column.people"));
        rules.addComponentColumn(this::actions).setHeader(getTranslation("rule.column.status")).setAutoWidth(true);
        rules.setAriaLabel(getTranslation("assign.rules"));
        rules.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        rules.setAllRowsVisible(true);
        Div buttons = new Div(assign, cancelChange);
        buttons.addClassName("button-row");
        add(changing, form, recertification, buttons, new H2(getTranslation("assign.rules")),
                rules);
        refresh();
    }

    private void report(List<String> problems, String successKey) {
        if (problems.isEmpty()) {
            Notification.show(getTranslation(successKey), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            report(problems.stream().map(this::getTranslation).toList());
        }
    }

    private void report(List<String> messages) {
        Notification.show(String.join(" ", messages), 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void showAudienceField() {
        departments.setVisible(audienceType.getValue() == Audience.Type.DEPARTMENTS);
        roles.setVisible(audienceType.getValue() == Audience.Type.ROLES);
        employees.setVisible(audienceType.getValue() == Audience.Type.EMPLOYEES);
    }

    private void showDueField() {
        dueDate.setVisible(DUE_DATE.equals(dueKind.getValue()));
        dueInDays.setVisible(DUE_DAYS.equals(dueKind.getValue()));
        dueDaysAfterHire.setVisible(DUE_HIRE.equals(dueKind.getValue()));
    }

    /** Makes the rule, or, while changing one, shows what the change would do and saves it once confirmed. */
    private void submit() {
        Recertification renewal = recertification.value();
        if (renewal == null) {
            report(List.of("assign.problem.window"), "assign.done");
            return;
        }
        AssignmentRequest request = new AssignmentRequest(module.getValue() == null ? null : module.getValue().id(),
                new Audience(audienceType.getValue(), audienceValues()),
                DUE_DATE.equals(dueKind.getValue()) ? dueDate.getValue() : null,
                DUE_DAYS.equals(dueKind.getValue()) ? dueInDays.getValue() : null,
                DUE_HIRE.equals(dueKind.getValue()) ? dueDaysAfterHire.getValue() : null, renewal);
        try {
            if (changed == null) {
                RuleChangePreview preview = assignments.previewAssignment(request);
                confirm(getTranslation("assign.confirm.heading"), getTranslation("assign.confirm.reach",
                        preview.reached(), preview.assigned(), names(preview.assignedNames(), preview.assigned())),
                        getTranslation("assign.confirm"), getTranslation("assign.confirm.cancel"), () -> {
                            assignments.assign(request);
                            report(List.of(), "assign.done");
                            refresh();
                        });
            } else {
                long rule = changed.id();
                confirm(getTranslation("rule.change.heading"), describe(assignments.previewChange(rule, request)),
                        getTranslation("rule.change.save"), getTranslation("rule.change.keep"), () -> {
                            RuleChangePreview done = assignments.change(rule, request);
                            endChange();
                            done(getTranslation("rule.change.done", describe(done)));
                        });
            }
        } catch (AssignmentRuleRejectedException e) {
            report(e.problems().stream().map(p -> getTranslation(p.key(), p.values().toArray())).toList());
        }
    }

    /** The module's title as served; its id when it is no longer served (a rule outlives its module's file). */
    private String title(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).map(ModuleSummary::title).findFirst()
                .orElse(moduleId);
    }

    /** In force: buttons to change or retire the rule; retired: since when. */
    private Component actions(AssignmentRuleView rule) {
        if (rule.retiredAt() != null) {
            return new Span(getTranslation("rule.retiredOn", Formats.date(rule.retiredAt(), getLocale())));
        }
        String name = title(rule.moduleId()) + ", " + describe(rule);
        Button change = new Button(getTranslation("rule.change"), click -> startChange(rule));
        change.setAriaLabel(getTranslation("rule.change.label", name));
        Button retire = new Button(getTranslation("rule.retire"), click -> confirm(
                getTranslation("rule.retire.heading"), describe(assignments.previewRetirement(rule.id())),
                getTranslation("rule.retire.confirm"), getTranslation("rule.change.keep"), () -> {
                    RuleChangePreview done = assignments.retire(rule.id());
                    refresh();
                    done(getTranslation("rule.retire.done", describe(done)));
                }));
        retire.setAriaLabel(getTranslation("rule.retire.label", name));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(change, retire);
        actions.addClassName("button-row");
        return actions;
    }

    /** Fills the form with the rule, to be changed; the module stays the rule's. */
    private void startChange(AssignmentRuleView rule) {
        changed = rule;
        modules.stream().filter(m -> m.id().equals(rule.moduleId())).findFirst().ifPresent(module::setValue);
        module.setReadOnly(true);
        audienceType.setValue(rule.audience().type());
        switch (rule.audience().type()) {
            case DEPARTMENTS -> departments.setValue(Set.copyOf(rule.audience().values()));
            case ROLES -> roles.setValue(Set.copyOf(rule.audience().values()));
            case EMPLOYEES -> employees.setValue(String.join(" ", rule.audience().values()));
            case EVERYONE -> { }
        }
        dueKind.setValue(rule.dueDate() != null ? DUE_DATE : rule.dueInDays() != null ? DUE_DAYS : DUE_HIRE);
        dueDate.setValue(rule.dueDate());
        dueInDays.setValue(rule.dueInDays());
        dueDaysAfterHire.setValue(rule.dueDaysAfterHire());
        recertification.setValue(rule.recertification());
        changing.setText(getTranslation("rule.change.note", title(rule.moduleId()), describe(rule)));
        changing.setVisible(true);
        assign.setText(getTranslation("rule.change.review"));
        cancelChange.setVisible(true);
        audienceType.focus();
    }

    private void endChange() {
        changed = null;
        module.setReadOnly(false);
        changing.setVisible(false);
        assign.setText(getTranslation("assign.submit"));
        cancelChange.setVisible(false);
        refresh();
    }

    /** States what the rule or its change would do, and does it when confirmed. */
    private void confirm(String heading, String effect, String confirmText, String cancelText, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(heading);
        dialog.setText(effect);
        dialog.setCancelable(true);
        dialog.setCancelText(cancelText);
        dialog.setConfirmText(confirmText);
        dialog.addConfirmListener(event -> action.run());
        dialog.open();
    }

    private String describe(RuleChangePreview preview) {
        return String.join(" ", getTranslation("rule.preview.assigned", preview.assigned(),
                        names(preview.assignedNames(), preview.assigned())),
                getTranslation("rule.preview.closed", preview.closed(), names(preview.closedNames(), preview.closed())),
                getTranslation("rule.preview.superseded", preview.superseded(), preview.overdueAtOnce()));
    }

    private String names(List<String> names, long count) {
        if (names.isEmpty()) {
            return "";
        }
        String listed = String.join(", ", names);
        return count > names.size() ? getTranslation("rule.preview.names.more", listed, count - names.size())
                : getTranslation("rule.preview.names", listed);
    }

    private void done(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private List<String> audienceValues() {
        return switch (audienceType.getValue()) {
            case EVERYONE -> List.of();
            case DEPARTMENTS -> new ArrayList<>(departments.getValue());
            case ROLES -> new ArrayList<>(roles.getValue());
            case EMPLOYEES -> Arrays.stream(employees.getValue().split("[\\s,;]+")).filter(v -> !v.isBlank()).toList();
        };
    }

    private String describe(AssignmentRuleView rule) {
        String type = getTranslation("assign.audience." + rule.audience().type().name().toLowerCase(Locale.ROOT));
        return rule.audience().values().isEmpty() ? type : type + ": " + String.join(", ", rule.audience().values());
    }

    private String describe(Recertification renewal) {
        if (renewal.kind() == Recertification.Kind.CALENDAR) {
            DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMMM", getLocale());
            return getTranslation("assign.recertification.window", dayMonth.format(renewal.windowOpens()),
                    dayMonth.format(renewal.windowDue()));
        }
        return renewal.leadDays() == null ? getTranslation("assign.recertification.rollingDefault")
                : getTranslation("assign.recertification.rollingDays", renewal.leadDays());
    }

    private void refresh() {
        rules.setItems(assignments.rules());
    }
}
