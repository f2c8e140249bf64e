package io.steward.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import io.steward.directory.importing.ImportPreview;
import io.steward.directory.importing.ImportPreview.PersonChange;
import java.util.ArrayList;
import java.util.List;

/** What an accepted file would change, person by person, with the buttons to import it or start over. */
class ImportPreviewPanel extends Section {

    /** One line of the preview: what happens to whom. */
    private record Line(String changeKey, PersonChange person) {
    }

    ImportPreviewPanel(ImportPreview preview, Runnable confirm, Runnable cancel) {
        addClassNames("import-panel", "import-preview");
        add(new H2(getTranslation("import.preview.heading")), new Paragraph(summary(this, preview)));
        Button cancelButton = new Button(getTranslation("import.cancel"), click -> cancel.run());
        if (preview.changesNothing()) {
            add(new Paragraph(getTranslation("import.preview.nothing")), cancelButton);
            return;
        }
        add(grid(preview));
        Button confirmButton = new Button(getTranslation("import.confirm"), click -> confirm.run());
        confirmButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmButton.setDisableOnClick(true);
        Div buttons = new Div(confirmButton, cancelButton);
        buttons.addClassName("toolbar");
        add(buttons);
    }

    static String summary(Component component, ImportPreview changes) {
        return component.getTranslation("import.summary", changes.created().size(), changes.updated().size(),
                changes.deactivated().size(), changes.unchanged());
    }

    private Grid<Line> grid(ImportPreview preview) {
        List<Line> lines = new ArrayList<>();
        preview.created().forEach(p -> lines.add(new Line("import.change.created", p)));
        preview.updated().forEach(p -> lines.add(new Line("import.change.updated", p)));
        preview.deactivated().forEach(p -> lines.add(new Line("import.change.deactivated", p)));
        Grid<Line> grid = new Grid<>();
        grid.addColumn(l -> getTranslation(l.changeKey())).setHeader(getTranslation("import.preview.change"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.person().employeeId()).setHeader(getTranslation("people.column.employeeId"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.person().displayName()).setHeader(getTranslation("team.column.name"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.person().email()).setHeader(getTranslation("people.column.email")).setAutoWidth(true);
        grid.addColumn(l -> String.join(", ", l.person().changedColumns()))
                .setHeader(getTranslation("import.preview.changedColumns")).setAutoWidth(true);
        grid.setItems(lines);
        grid.setAriaLabel(getTranslation("import.preview.grid"));
        grid.setAllRowsVisible(lines.size() <= 20);
        return grid;
    }
}
