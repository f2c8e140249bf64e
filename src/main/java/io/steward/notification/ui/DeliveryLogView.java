package io.steward.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.steward.base.Role;
import io.steward.base.ui.Formats;
import io.steward.base.ui.StewardView;
import io.steward.notification.DeliveryEntry;
import io.steward.notification.DeliveryFilter;
import io.steward.notification.DeliveryStatus;
import io.steward.notification.NotificationKind;
import io.steward.notification.NotificationService;
import io.steward.notification.PlannedMail;
import io.steward.notification.RunOutcome;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * HR's view of the reminder e-mails: the delivery log with failures and their reasons, what the next run would
 * send, and a button that runs it now.
 */
@Route("notifications")
@Menu(title = "nav.notifications", order = 5.5, icon = "vaadin:envelope")
@RolesAllowed(Role.Names.HR)
class DeliveryLogView extends StewardView {

    private final transient NotificationService notifications;
    private final ComboBox<DeliveryStatus> status = new ComboBox<>();
    private final ComboBox<NotificationKind> kind = new ComboBox<>();
    private final Grid<DeliveryEntry> log = new Grid<>(DeliveryEntry.class, false);
    private final Div preview = new Div();
    private final ProgressBar running = new ProgressBar();
    private final Button send = new Button();

    DeliveryLogView(NotificationService notifications) {
        super("nav.notifications");
        this.notifications = notifications;
        add(new Paragraph(getTranslation("notifications.intro")));
        if (!notifications.mailConfigured()) {
            Paragraph off = new Paragraph(getTranslation("notifications.noServer"));
            off.addClassName("notice");
            add(off);
        }
        Button dryRun = new Button(getTranslation("notifications.preview"), click -> showPreview());
        send.setText(getTranslation("notifications.sendNow"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> sendNow());
        send.setEnabled(notifications.mailConfigured());
        running.setIndeterminate(true);
        running.setVisible(false);
        running.getElement().setAttribute("aria-label", getTranslation("notifications.running"));
        Div actions = new Div(dryRun, send);
        actions.addClassName("toolbar");
        preview.getElement().setAttribute("aria-live", "polite");
        add(actions, running, preview, new H2(getTranslation("notifications.log")), filters(), log());
    }

    private Div filters() {
        status.setLabel(getTranslation("notifications.filter.status"));
        status.setItems(DeliveryStatus.values());
        status.setItemLabelGenerator(this::statusLabel);
        status.setPlaceholder(getTranslation("notifications.filter.any"));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refreshLog());
        kind.setLabel(getTranslation("notifications.filter.kind"));
        kind.setItems(NotificationKind.values());
        kind.setItemLabelGenerator(this::kindLabel);
        kind.setPlaceholder(getTranslation("notifications.filter.any"));
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> refreshLog());
        Div filters = new Div(status, kind);
        filters.addClassName("toolbar");
        return filters;
    }

    private Grid<DeliveryEntry> log() {
        log.addColumn(e -> kindLabel(e.kind())).setHeader(getTranslation("notifications.column.kind"))
                .setWidth("9rem").setFlexGrow(0);
        log.addColumn(DeliveryEntry::recipientEmail).setHeader(getTranslation("notifications.column.recipient"))
                .setTooltipGenerator(DeliveryEntry::recipientName).setWidth("14rem").setFlexGrow(0);
        log.addColumn(DeliveryEntry::subject).setHeader(getTranslation("notifications.column.subject"))
                .setWidth("12rem").setFlexGrow(2);
        log.addColumn(e -> statusLabel(e.status())).setHeader(getTranslation("notifications.column.status"))
                .setWidth("7rem").setFlexGrow(0);
        log.addColumn(this::when).setHeader(getTranslation("notifications.column.when")).setWidth("9rem")
                .setFlexGrow(0);
        log.addColumn(e -> e.lastError() == null ? "" : e.lastError())
                .setHeader(getTranslation("notifications.column.error")).setWidth("9rem").setFlexGrow(1);
        log.setAriaLabel(getTranslation("notifications.log"));
        log.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.setDataProvider(new CallbackDataProvider<DeliveryEntry, Void>(
                query -> notifications.deliveries(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> notifications.countDeliveries(filter())));
        log.setHeight("32rem");
        log.setEmptyStateText(getTranslation("notifications.log.empty"));
        return log;
    }

    private void refreshLog() {
        DeliveryFilter filter = filter();
        log.setEmptyStateText(getTranslation(filter.status() == null && filter.kind() == null
                ? "notifications.log.empty" : "notifications.log.noMatch"));
        log.getDataProvider().refreshAll();
    }

    /** When it was sent, when it is tried next (with the tries so far), or when it was planned. */
    private String when(DeliveryEntry e) {
        if (e.sentAt() != null) {
            return Formats.dateTime(e.sentAt(), getLocale());
        }
        if (e.nextAttemptAt() != null && e.attempts() > 0) {
            return getTranslation("notifications.nextTry", Formats.dateTime(e.nextAttemptAt(), getLocale()),
                    e.attempts());
        }
        return e.attempts() > 0 ? getTranslation("notifications.tries", e.attempts())
                : getTranslation("notifications.plannedAt", Formats.dateTime(e.plannedAt(), getLocale()));
    }

    private DeliveryFilter filter() {
        return new DeliveryFilter(status.getValue(), kind.getValue());
    }

    private void showPreview() {
        List<PlannedMail> mails = notifications.preview();
        preview.removeAll();
        preview.add(new H2(getTranslation("notifications.preview.heading", mails.size())));
        if (mails.isEmpty()) {
            preview.add(new Paragraph(getTranslation("notifications.preview.none")));
            return;
        }
        Grid<PlannedMail> grid = new Grid<>(PlannedMail.class, false);
        grid.addColumn(m -> kindLabel(m.kind())).setHeader(getTranslation("notifications.column.kind"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(PlannedMail::recipientEmail).setHeader(getTranslation("notifications.column.recipient"))
                .setWidth("16rem").setFlexGrow(0);
        grid.addColumn(PlannedMail::subject).setHeader(getTranslation("notifications.column.subject"))
                .setFlexGrow(1);
        grid.addColumn(m -> getTranslation(m.retry() ? "notifications.preview.retry" : "notifications.preview.new"))
                .setHeader(getTranslation("notifications.column.status")).setWidth("7rem").setFlexGrow(0);
        grid.setItems(mails);
        grid.setAriaLabel(getTranslation("notifications.preview.grid"));
        grid.setAllRowsVisible(mails.size() <= 10);
        preview.add(grid);
    }

    /** Runs in the background while the page polls, so the progress bar shows and the page stays usable. */
    private void sendNow() {
        UI ui = UI.getCurrent();
        send.setEnabled(false);
        running.setVisible(true);
        ui.setPollInterval(500);
        CompletableFuture.supplyAsync(notifications::sendNow,
                        new DelegatingSecurityContextExecutor(ForkJoinPool.commonPool()))
                .whenComplete((outcome, error) -> ui.access(() -> finished(ui, outcome, error)));
    }

    private void finished(UI ui, RunOutcome outcome, Throwable error) {
        ui.setPollInterval(-1);
        running.setVisible(false);
        send.setEnabled(true);
        log.getDataProvider().refreshAll();
        preview.removeAll();
        Notification note = error != null
                ? Notification.show(getTranslation("notifications.sendNow.error"))
                : Notification.show(getTranslation("notifications.sendNow.done", outcome.planned(), outcome.sent(),
                        outcome.retrying(), outcome.failed()));
        note.addThemeVariants(error != null || outcome.retrying() + outcome.failed() > 0
                ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_SUCCESS);
    }

    private String kindLabel(NotificationKind kind) {
        return getTranslation("notification.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    private String statusLabel(DeliveryStatus status) {
        return getTranslation("notification.status." + status.name().toLowerCase(Locale.ROOT));
    }
}
