package io.steward.security.ui;

import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import io.steward.security.PasswordPolicy;
import java.util.List;
import java.util.stream.Collectors;

/** A new password and its repetition, with the policy as help: wherever someone chooses a password. */
class NewPasswordFields {

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();

    NewPasswordFields() {
        password.setLabel(password.getTranslation("password.new"));
        password.setHelperText(password.getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setLabel(repeat.getTranslation("password.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
    }

    /** Clears earlier errors; false (and says so) when the two entries differ. */
    boolean entriesMatch() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (password.getValue().equals(repeat.getValue())) {
            return true;
        }
        repeat.setErrorMessage(repeat.getTranslation("password.mismatch"));
        repeat.setInvalid(true);
        return false;
    }

    /** Shows the policy's problems (message keys) on the password field. */
    void showProblems(List<String> problems) {
        password.setErrorMessage(problems.stream()
                .map(key -> password.getTranslation(key, PasswordPolicy.MIN_LENGTH))
                .collect(Collectors.joining(" ")));
        password.setInvalid(true);
    }

    void clear() {
        password.clear();
        repeat.clear();
    }
}
