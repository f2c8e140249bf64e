package io.steward.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import io.steward.directory.PersonStatus;
import io.steward.privacy.ErasureRefusedException;
import io.steward.privacy.ErasureService;

/** Erasure on request: HR names a person who left by employee id, sees who it is, and confirms. */
class ErasurePanel extends Section {

    private final transient ErasureService erasure;
    private final TextField employeeId = new TextField();
    private final Paragraph outcome = new Paragraph();

    ErasurePanel(ErasureService erasure) {
        this.erasure = erasure;
        addClassName("my-data-kind");
        employeeId.setLabel(getTranslation("erasure.employeeId"));
        employeeId.setHelperText(getTranslation("erasure.employeeId.help"));
        Button erase = new Button(getTranslation("erasure.start"), click -> confirm());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div form = new Div(employeeId, erase);
        form.addClassName("verify-form");
        outcome.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("erasure.heading")), new Paragraph(getTranslation("erasure.intro")), form,
                outcome);
    }

    private void confirm() {
        employeeId.setInvalid(false);
        outcome.setText("");
        String number = employeeId.getValue().strip();
        if (number.isEmpty()) {
            refuse(getTranslation("erasure.refused.empty"));
            return;
        }
        try {
            PersonStatus person = erasure.candidate(number);
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("erasure.confirm.heading", person.displayName()));
            dialog.setText(getTranslation("erasure.confirm.text", person.displayName(), person.employeeNumber()));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("erasure.confirm.cancel"));
            dialog.setConfirmText(getTranslation("erasure.confirm.erase"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(event -> erase(person));
            dialog.open();
        } catch (ErasureRefusedException e) {
            refuse(getTranslation(e.reason(), number));
        }
    }

    private void erase(PersonStatus person) {
        try {
            erasure.erase(person.employeeNumber());
            employeeId.clear();
            outcome.setText(getTranslation("erasure.done", person.displayName()));
        } catch (ErasureRefusedException e) {
            refuse(getTranslation(e.reason(), person.employeeNumber()));
        }
    }

    private void refuse(String message) {
        employeeId.setErrorMessage(message);
        employeeId.setInvalid(true);
    }
}
