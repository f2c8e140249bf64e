package io.steward.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.base.ui.StewardView;
import io.steward.content.ContentService;
import io.steward.content.ModuleSummary;
import io.steward.directory.DirectoryService;
import io.steward.directory.TeamMember;
import io.steward.learning.AllowanceService;
import jakarta.annotation.security.RolesAllowed;

/** A manager allows one of their people another quiz attempt, with the reason kept. */
@Route("team/extra-attempts")
@RolesAllowed(Role.Names.MANAGER)
class ExtraAttemptsView extends StewardView {

    ExtraAttemptsView(AllowanceService allowances, DirectoryService directory, ContentService content) {
        super("extra.title");
        ComboBox<TeamMember> person = new ComboBox<>(getTranslation("extra.person"));
        person.setItems(directory.myTeam());
        person.setItemLabelGenerator(m -> m.displayName() + " (" + m.employeeNumber() + ")");
        ComboBox<ModuleSummary> module = new ComboBox<>(getTranslation("assign.module"));
        module.setItems(content.servedModules());
        module.setItemLabelGenerator(ModuleSummary::title);
        TextField reason = new TextField(getTranslation("extra.reason"));
        Button grant = new Button(getTranslation("exempt.grant"), click -> {
            if (person.getValue() == null || module.getValue() == null || reason.getValue().isBlank()) {
                Notification.show(getTranslation("extra.problem"), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            allowances.grantAttempts(new EmployeeId(person.getValue().id()), module.getValue().id(), 1,
                    reason.getValue());
            reason.clear();
            Notification.show(getTranslation("exempt.granted"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(person, module, reason);
        form.setMaxWidth("48rem");
        add(new Paragraph(getTranslation("extra.intro")), form, grant);
    }
}
