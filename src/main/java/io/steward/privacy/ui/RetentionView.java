package io.steward.privacy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.steward.base.Role;
import io.steward.base.ui.StewardView;
import io.steward.privacy.ErasureService;
import io.steward.privacy.ExpiredCount;
import io.steward.privacy.RetentionProgress;
import io.steward.privacy.RetentionService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * HR's page for the retention policy: how long each kind of record is kept, what the next nightly run would
 * delete or pseudonymise, a run by hand with its progress, and erasure on request.
 */
@Route("retention")
@Menu(title = "nav.retention", order = 5.7, icon = "vaadin:archive")
@RolesAllowed(Role.Names.HR)
class RetentionView extends StewardView {

    private final transient RetentionService retention;
    private final Div preview = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Button runNow = new Button();

    RetentionView(RetentionService retention, ErasureService erasure) {
        super("nav.retention");
        this.retention = retention;
        addClassName("retention-view");
        RecordText text = new RecordText(this::getTranslation, getLocale(), id -> id);

        Section policy = card("retention.policy.heading", "retention.policy.intro");
        policy.add(table("retention.policy.heading", List.of("retention.column.records", "retention.column.period"),
                retention.policy().entrySet().stream().map(e -> List.of(
                        getTranslation("retention.policy." + e.getKey()), text.period(e.getValue()))).toList()));

        Section next = card("retention.next.heading", "retention.next.intro");
        runNow.setText(getTranslation("retention.run"));
        runNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        runNow.addClickListener(click -> run());
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("retention.progress"));
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("retention-status");
        next.add(preview, runNow, progress, status);
        showPreview();

        add(policy, next, new ErasurePanel(erasure));
    }

    private Section card(String headingKey, String introKey) {
        Section section = new Section(new H2(getTranslation(headingKey)), new Paragraph(getTranslation(introKey)));
        section.addClassName("my-data-kind");
        return section;
    }

    private NativeTable table(String labelKey, List<String> headingKeys, List<List<String>> rows) {
        NativeTableRow headings = new NativeTableRow();
        headingKeys.forEach(k -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(k));
            cell.getElement().setAttribute("scope", "col");
            headings.add(cell);
        });
        NativeTableBody body = new NativeTableBody();
        rows.forEach(values -> {
            NativeTableRow row = new NativeTableRow();
            values.forEach(v -> row.add(new NativeTableCell(v)));
            body.add(row);
        });
        NativeTable table = new NativeTable(new NativeTableHeader(headings), body);
        table.addClassName("report-table");
        table.getElement().setAttribute("aria-label", getTranslation(labelKey));
        return table;
    }

    private void showPreview() {
        List<ExpiredCount> counts = retention.preview();
        preview.removeAll();
        preview.add(table("retention.next.heading", List.of("retention.column.kind", "retention.column.expired"),
                counts.stream().map(c -> List.of(getTranslation("retention." + c.kind()),
                        String.format(getLocale(), "%,d", c.count()))).toList()));
    }

    /** Runs on a worker thread as the signed-in HR person; the page polls for progress meanwhile. */
    private void run() {
        UI ui = UI.getCurrent();
        runNow.setEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        status.setText(getTranslation("retention.running"));
        ui.setPollInterval(500);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            Optional<Map<String, Long>> result = retention.runNow(p -> ui.access(() -> show(p)));
            ui.access(() -> finished(result));
        })).exceptionally(failure -> {
            ui.access(() -> finished(null));
            return null;
        });
    }

    private void show(RetentionProgress p) {
        progress.setIndeterminate(p.total() == 0);
        progress.setValue(p.total() == 0 ? 0 : (double) p.done() / p.total());
        status.setText(getTranslation("retention.progressOf", getTranslation("retention." + p.kind()),
                p.done(), p.total()));
    }

    private void finished(Optional<Map<String, Long>> result) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        progress.setVisible(false);
        runNow.setEnabled(true);
        if (result == null) {
            status.setText(getTranslation("retention.failed"));
        } else if (result.isEmpty()) {
            status.setText(getTranslation("retention.busy"));
        } else {
            long total = result.get().values().stream().mapToLong(Long::longValue).sum();
            status.setText(getTranslation("retention.done", total));
        }
        showPreview();
    }
}
