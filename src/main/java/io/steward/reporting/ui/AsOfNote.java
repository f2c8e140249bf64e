package io.steward.reporting.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Says, above a report of a past day, which day it is about; hidden for today's. */
final class AsOfNote extends Paragraph {

    AsOfNote() {
        addClassName("as-of-note");
        setVisible(false);
    }

    void show(LocalDate day) {
        setVisible(day != null);
        setText(day == null ? "" : getTranslation("compliance.asOf.heading",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(day)));
    }
}
