package io.steward.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import io.steward.base.ui.Formats;
import io.steward.directory.importing.ImportResult;
import io.steward.directory.importing.ImportResult.NewcomerInvitation;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The import is done: what changed, and the one-time link each new person needs to set a password. The links
 * are e-mailed when a mail server is configured; they are shown here too, once, so that HR can hand one over
 * when its mail failed or when there is no mail server.
 */
class ImportResultPanel extends Section {

    ImportResultPanel(ImportResult result) {
        addClassNames("import-panel", "import-result");
        add(new H2(getTranslation("import.result.heading")),
                new Paragraph(ImportPreviewPanel.summary(this, result.changes())));
        if (!result.invitations().isEmpty()) {
            String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
            add(new H3(getTranslation("import.invitations.heading")),
                    new Paragraph(getTranslation("import.invitations.text",
                            Formats.date(result.invitations().get(0).expiresAt(), getLocale()))),
                    invitations(result, baseUrl));
        }
        Anchor people = new Anchor("people", getTranslation("import.result.people"));
        people.addClassName("import-next");
        add(people);
    }

    private Grid<NewcomerInvitation> invitations(ImportResult result, String baseUrl) {
        Grid<NewcomerInvitation> grid = new Grid<>(NewcomerInvitation.class, false);
        grid.addColumn(NewcomerInvitation::displayName).setHeader(getTranslation("team.column.name"))
                .setAutoWidth(true);
        grid.addColumn(NewcomerInvitation::email).setHeader(getTranslation("people.column.email"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.link(baseUrl)).setHeader(getTranslation("import.invitations.link")).setFlexGrow(1);
        grid.addComponentColumn(i -> copyButton(i.displayName(), i.link(baseUrl))).setAutoWidth(true)
                .setFlexGrow(0).setHeader(getTranslation("import.invitations.copyHeader"));
        grid.setItems(result.invitations());
        grid.setAriaLabel(getTranslation("import.invitations.grid"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(result.invitations().size() <= 20);
        return grid;
    }

    private Button copyButton(String name, String link) {
        Button copy = new Button(VaadinIcon.COPY.create(), click -> getElement()
                .executeJs("return navigator.clipboard.writeText($0)", link)
                .then(done -> Notification.show(getTranslation("import.invitations.copied", name))));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        copy.setAriaLabel(getTranslation("import.invitations.copy", name));
        copy.setTooltipText(getTranslation("import.invitations.copy", name));
        return copy;
    }
}
