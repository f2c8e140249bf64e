package io.steward.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import io.steward.reporting.Headline;
import io.steward.reporting.NeedsAction;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The four figures at the top of a dashboard, each a number with its label, in reading order. With a filter
 * ({@link #filterWith}), the overdue and the expiring figures are toggle buttons: a click narrows a list to their
 * people, a second click shows everyone again.
 */
class HeadlineFigures extends Div {

    private Consumer<NeedsAction.Reason> filter;
    private NeedsAction.Reason pressed;
    private final Map<NeedsAction.Reason, NativeButton> toggles = new EnumMap<>(NeedsAction.Reason.class);

    HeadlineFigures() {
        addClassName("headline-figures");
    }

    /** Makes the overdue and expiring figures shown from now on filter buttons, none pressed. */
    void filterWith(Consumer<NeedsAction.Reason> filter) {
        this.filter = filter;
    }

    /** The figures, or, when they are about fewer than {@code minimumGroup} people, a note saying so. */
    void show(Headline headline, int minimumGroup) {
        removeAll();
        toggles.clear();
        pressed = null;
        if (headline.suppressed()) {
            Span note = new Span(getTranslation("report.figures.suppressed", minimumGroup));
            note.addClassName("figure-label");
            add(note);
            return;
        }
        add(figure(getTranslation("report.percent", headline.completionPercent()), "report.figure.completion", null),
                figure(String.valueOf(headline.overdue()), "report.figure.overdue", NeedsAction.Reason.OVERDUE),
                figure(String.valueOf(headline.dueSoon()), "report.figure.dueSoon", null),
                figure(String.valueOf(headline.expiringSoon()), "report.figure.expiringSoon",
                        NeedsAction.Reason.EXPIRING));
    }

    private Component figure(String value, String labelKey, NeedsAction.Reason reason) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        if (filter == null || reason == null) {
            Div figure = new Div(number, label);
            figure.addClassName("figure");
            return figure;
        }
        NativeButton toggle = new NativeButton();
        toggle.add(number, label);
        toggle.addClassNames("figure", "figure-filter");
        toggle.getElement().setAttribute("aria-pressed", "false");
        toggle.addClickListener(click -> toggle(reason));
        toggles.put(reason, toggle);
        return toggle;
    }

    private void toggle(NeedsAction.Reason reason) {
        pressed = pressed == reason ? null : reason;
        toggles.forEach((r, button) -> button.getElement().setAttribute("aria-pressed", String.valueOf(r == pressed)));
        filter.accept(pressed);
    }
}
