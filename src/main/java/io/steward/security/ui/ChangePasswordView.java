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
import io.steward.security.PasswordPolicy;
import io.steward.security.PasswordService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;

@Route("account/password")
@PermitAll
class ChangePasswordView extends StewardView {

    private final transient PasswordService passwords;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    ChangePasswordView(PasswordService passwords) {
        super("password.title");
        this.passwords = passwords;
        current.setLabel(getTranslation("password.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Button save = new Button(getTranslation("password.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("28rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("password.intro")), form, save);
    }

    private void save() {
        next.setInvalid(false);
        repeat.setInvalid(false);
        current.setInvalid(false);
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        List<String> problems = passwords.changeOwnPassword(current.getValue(), next.getValue());
        if (problems.contains("password.currentWrong")) {
            current.setErrorMessage(getTranslation("password.currentWrong"));
            current.setInvalid(true);
        } else if (!problems.isEmpty()) {
            next.setErrorMessage(problems.stream().map(key -> getTranslation(key, PasswordPolicy.MIN_LENGTH))
                    .collect(Collectors.joining(" ")));
            next.setInvalid(true);
        } else {
            current.clear();
            next.clear();
            repeat.clear();
            Notification.show(getTranslation("password.changed"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }
}
