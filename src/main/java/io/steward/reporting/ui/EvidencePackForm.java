package io.steward.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.steward.content.ModuleSummary;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Choose a module and a period, then download its evidence pack. The link is only offered once the choice is
 * complete; the browser fetches the ZIP straight from the download endpoint, which streams it.
 */
class EvidencePackForm extends Div {

    private final ComboBox<ModuleSummary> module = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Anchor download = new Anchor();

    EvidencePackForm(List<ModuleSummary> modules, LocalDate today) {
        addClassName("report-filters");
        module.setLabel(getTranslation("evidence.module"));
        module.setItems(modules);
        module.setItemLabelGenerator(ModuleSummary::title);
        from.setLabel(getTranslation("evidence.from"));
        to.setLabel(getTranslation("evidence.to"));
        from.setValue(today.withDayOfYear(1));
        to.setValue(today);
        download.setText(getTranslation("evidence.download"));
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        download.addClassName("button-link");
        module.addValueChangeListener(e -> update());
        from.addValueChangeListener(e -> update());
        to.addValueChangeListener(e -> update());
        add(new Paragraph(getTranslation("evidence.text")), module, from, to, download);
        update();
    }

    private void update() {
        boolean complete = module.getValue() != null && from.getValue() != null && to.getValue() != null
                && !to.getValue().isBefore(from.getValue());
        download.setEnabled(complete);
        download.setVisible(complete);
        if (complete) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("module", module.getValue().id());
            parameters.put("from", from.getValue().toString());
            parameters.put("to", to.getValue().toString());
            download.setHref("reports/evidence-pack.zip" + ExportLinks.query(parameters));
        }
    }
}
