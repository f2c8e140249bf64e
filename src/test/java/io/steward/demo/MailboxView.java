package io.steward.demo;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import io.steward.support.SentMail;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Quick start only: the mails Steward sent to the in-process mail server, so a newcomer sees reminders and
 * invitations arrive. Registered as a route by {@link QuickStartMail}; not part of the product, so plain
 * English rather than the message bundle.
 */
@PermitAll
class MailboxView extends Main {

    private final Grid<SentMail> grid = new Grid<>(SentMail.class, false);

    MailboxView() {
        addClassName("steward-view");
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.ENGLISH).withZone(ZoneId.systemDefault());
        grid.addColumn(m -> times.format(m.received())).setHeader("Received").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SentMail::to).setHeader("To").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SentMail::subject).setHeader("Subject").setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(m -> new Pre(m.text())));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Sent e-mails");
        grid.setHeight("36rem");
        Button refresh = new Button("Refresh", click -> refresh());
        Div actions = new Div(refresh, new Anchor("", "Back to Steward"));
        actions.addClassName("toolbar");
        add(new H1("Sent e-mails (quick start)"),
                new Paragraph("Every e-mail Steward sent since start-up, newest first: reminders go out every minute,"
                        + " invitations when HR imports new people. Select a row to read the plain-text body."),
                actions, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(QuickStartMail.received());
    }
}
