package io.steward.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import io.steward.content.ContentHealth;
import io.steward.content.ContentService;

/** Reads the content folder again now; for authors, who should not have to wait for the automatic check. */
class ReloadButton extends Button {

    ReloadButton(ContentService content, Runnable afterReload) {
        super(VaadinIcon.REFRESH.create());
        setText(getTranslation("content.reload"));
        addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addClickListener(click -> {
            ContentHealth health = content.reload();
            Notification.show(getTranslation("content.reload.done", health.served(), health.errors(),
                    health.warnings()));
            afterReload.run();
        });
    }
}
