package io.steward.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import io.steward.base.EmployeeId;
import io.steward.learning.AllowanceService;
import io.steward.learning.AssignmentState;
import io.steward.reporting.PersonHistory;
import io.steward.reporting.PersonHistory.AssignmentLine;
import java.util.List;

/**
 * HR's exceptions for the person on the page: an exemption from one of their open modules, with the reason
 * kept as evidence, or one more quiz attempt. The module is chosen from the person's own assignments; the
 * service decides who may do either.
 */
final class PersonExceptions extends Div {

    private final transient AllowanceService allowances;
    private final EmployeeId person;
    private final Runnable changed;
    private final ComboBox<AssignmentLine> module = new ComboBox<>();
    private final TextField reason = new TextField();

    PersonExceptions(PersonHistory history, AllowanceService allowances, Runnable changed) {
        this.allowances = allowances;
        this.person = new EmployeeId(history.id());
        this.changed = changed;
        addClassName("person-exceptions");
        List<AssignmentLine> open = history.assignments().stream()
                .filter(a -> AssignmentState.valueOf(a.state()).isOpen()).toList();
        add(new H2(getTranslation("person.exceptions")));
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("person.exceptions.none")));
            return;
        }
        module.setLabel(getTranslation("person.exceptions.module"));
        module.setItems(open);
        module.setItemLabelGenerator(AssignmentLine::title);
        reason.setLabel(getTranslation("exempt.reason"));
        Button exempt = new Button(getTranslation("person.exceptions.exempt"), click -> exempt());
        Button grant = new Button(getTranslation("exempt.grant"), click -> grant());
        Div buttons = new Div(exempt, grant);
        buttons.addClassName("button-row");
        Div fields = new Div(module, reason, buttons);
        fields.addClassName("report-filters");
        add(new Paragraph(getTranslation("person.exceptions.text", history.displayName())), fields);
    }

    private void exempt() {
        if (module.getValue() == null) {
            problem("person.exceptions.problem");
            return;
        }
        List<String> problems = allowances.exempt(person, module.getValue().moduleId(), reason.getValue());
        if (problems.isEmpty()) {
            done("exempt.done");
        } else {
            problem(problems.getFirst());
        }
    }

    private void grant() {
        if (module.getValue() == null || reason.getValue().isBlank()) {
            problem("person.exceptions.problem");
            return;
        }
        allowances.grantAttempts(person, module.getValue().moduleId(), 1, reason.getValue());
        done("exempt.granted");
    }

    private void done(String key) {
        Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        changed.run();
    }

    private void problem(String key) {
        Notification.show(getTranslation(key), 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
