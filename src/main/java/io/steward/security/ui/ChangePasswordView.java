package io.steward.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import io.steward.base.ui.StewardView;
import io.steward.security.PasswordService;
import jakarta.annotation.security.PermitAll;
import java.util.List;

@Route("account/password")
@PermitAll
class ChangePasswordView extends StewardView {

    private final transient PasswordService passwords;
    private final PasswordField current = new PasswordField();
    private final NewPasswordFields next = new NewPasswordFields();

    ChangePasswordView(PasswordService passwords) {
        super("password.title");
        this.passwords = passwords;
        current.setLabel(getTranslation("password.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        Button save = new Button(getTranslation("password.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next.password, next.repeat);
        form.setMaxWidth("28rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("password.intro")), form, save);
    }

    private void save() {
        current.setInvalid(false);
        if (!next.entriesMatch()) {
            return;
        }
        List<String> problems = passwords.changeOwnPassword(current.getValue(), next.password.getValue());
        if (problems.contains("password.currentWrong") || problems.contains("password.throttled")) {
            current.setErrorMessage(getTranslation(problems.getFirst()));
            current.setInvalid(true);
        } else if (!problems.isEmpty()) {
            next.showProblems(problems);
        } else {
            current.clear();
            next.clear();
            Notification.show(getTranslation("password.changed"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }
}
