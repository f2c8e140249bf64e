package io.steward.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.steward.reporting.Headline;

/** The four figures at the top of a dashboard, each a number with its label, in reading order. */
class HeadlineFigures extends Div {

    HeadlineFigures() {
        addClassName("headline-figures");
    }

    /** The figures, or, when they are about fewer than {@code minimumGroup} people, a note saying so. */
    void show(Headline headline, int minimumGroup) {
        removeAll();
        if (headline.suppressed()) {
            Span note = new Span(getTranslation("report.figures.suppressed", minimumGroup));
            note.addClassName("figure-label");
            add(note);
            return;
        }
        add(figure(getTranslation("report.percent", headline.completionPercent()), "report.figure.completion"),
                figure(String.valueOf(headline.overdue()), "report.figure.overdue"),
                figure(String.valueOf(headline.dueSoon()), "report.figure.dueSoon"),
                figure(String.valueOf(headline.expiringSoon()), "report.figure.expiringSoon"));
    }

    private Div figure(String value, String labelKey) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Div figure = new Div(number, label);
        figure.addClassName("figure");
        return figure;
    }
}
