package io.steward.reporting.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The day a report is about: empty for today, or a past day, to see the record as it stood at the end of it.
 * A day after today is refused with a message. {@code onChange} gets the day (null: today) whenever a valid
 * value is chosen.
 */
final class AsOfField extends DatePicker {

    AsOfField(LocalDate today, Consumer<LocalDate> onChange) {
        setLabel(getTranslation("compliance.filter.asOf"));
        setHelperText(getTranslation("compliance.filter.asOf.help"));
        setMax(today);
        setClearButtonVisible(true);
        setI18n(new DatePickerI18n().setMaxErrorMessage(getTranslation("compliance.filter.asOf.future")));
        addValueChangeListener(e -> {
            if (!isInvalid()) {
                onChange.accept(getValue());
            }
        });
    }

    /** The chosen day; null for today, or while the field holds a day it refuses. */
    LocalDate day() {
        return isInvalid() ? null : getValue();
    }
}
