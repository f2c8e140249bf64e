package io.steward.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.dom.Style;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.steward.content.ModuleSummary;
import io.steward.reporting.ArchiveService;
import io.steward.reporting.EvidenceScope;
import io.steward.reporting.domain.EvidenceQuery.Period;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * "Export evidence": the evidence pack scoped by module, department and period. The pack is written straight to
 * the browser's download as it is read, never held whole in memory; meanwhile the dialog says it is being
 * prepared (the page polls), then that it was downloaded, or that it failed.
 */
final class EvidenceExportDialog extends Dialog {

    private final transient ArchiveService archives;
    /** Empty: every module. */
    private final ComboBox<ModuleSummary> module = new ComboBox<>();
    /** Empty: everyone. */
    private final ComboBox<String> department = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button download = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Anchor file;
    /** The scope asked for by the latest click on Download; the download request reads it. */
    private EvidenceScope requested;

    EvidenceExportDialog(ArchiveService archives, List<ModuleSummary> modules, List<String> departments,
            LocalDate today) {
        this.archives = archives;
        setHeaderTitle(getTranslation("evidence.export"));
        module.setLabel(getTranslation("compliance.filter.module"));
        module.setItems(modules);
        module.setItemLabelGenerator(ModuleSummary::title);
        module.setPlaceholder(getTranslation("evidence.allModules"));
        department.setLabel(getTranslation("compliance.filter.department"));
        department.setItems(departments);
        department.setPlaceholder(getTranslation("evidence.allDepartments"));
        List.of(module, department).forEach(field -> field.setClearButtonVisible(true));
        from.setLabel(getTranslation("evidence.from"));
        to.setLabel(getTranslation("evidence.to"));
        from.setValue(today.minusMonths(12));
        to.setValue(today);
        to.setMax(today);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("evidence.preparing"));
        status.getElement().setAttribute("role", "status");
        Div state = new Div(progress, status);
        state.addClassName("evidence-progress");
        file = new Anchor((DownloadHandler) this::write, "");
        // Out of sight and out of the tab order, but in the page: Download clicks it once the scope is fixed.
        file.getStyle().setDisplay(Style.Display.NONE);
        FormLayout form = new FormLayout(module, department, from, to);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(new Paragraph(getTranslation("evidence.text")), form, state, file);
        download.setText(getTranslation("evidence.download"));
        download.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.addClickListener(click -> start());
        Button close = new Button(getTranslation("evidence.close"), click -> close());
        getFooter().add(close, download);
        setWidth("min(40rem, 100vw)");
    }

    /** Fixes the scope, shows that the pack is being prepared, and has the browser fetch it. */
    private void start() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            status.setText(getTranslation("evidence.problem.period"));
            return;
        }
        requested = new EvidenceScope(module.getValue() == null ? null : module.getValue().id(),
                department.getValue(), new Period(from.getValue(), to.getValue()));
        download.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("evidence.preparing"));
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        file.getElement().callJsFunction("click");
    }

    /** The download request: streams the pack into the response as it is made. */
    private void write(DownloadEvent event) throws IOException {
        EvidenceScope scope = requested;
        UI ui = event.getUI();
        event.setFileName(scope.fileName());
        event.setContentType("application/zip");
        try {
            archives.evidencePack(scope, event.getOutputStream());
            ui.access(() -> finished("evidence.downloaded"));
        } catch (IOException | RuntimeException e) {
            ui.access(() -> finished("evidence.failed"));
            throw e;
        }
    }

    private void finished(String key) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        progress.setVisible(false);
        download.setEnabled(true);
        status.setText(getTranslation(key));
    }
}
