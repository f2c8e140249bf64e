package io.steward.learning.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import io.steward.learning.Recertification;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;

/**
 * How a rule renews expiring completions: rolling, some days before each person's expiry (empty: the default
 * lead time), or in a yearly window. Only the day and month of the window's dates count.
 */
class RecertificationFields extends Composite<FormLayout> {

    private final RadioButtonGroup<Recertification.Kind> kind = new RadioButtonGroup<>();
    private final IntegerField leadDays = new IntegerField();
    private final DatePicker windowOpens = new DatePicker();
    private final DatePicker windowDue = new DatePicker();

    RecertificationFields() {
        kind.setLabel(getTranslation("assign.recertification"));
        kind.setItems(Recertification.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("assign.recertification." + k.name().toLowerCase(Locale.ROOT)));
        kind.setValue(Recertification.Kind.ROLLING);
        leadDays.setLabel(getTranslation("assign.recertification.leadDays"));
        leadDays.setHelperText(getTranslation("assign.recertification.leadDays.help"));
        leadDays.setMin(1);
        windowOpens.setLabel(getTranslation("assign.recertification.opens"));
        windowDue.setLabel(getTranslation("assign.recertification.windowDue"));
        LocalDate newYear = LocalDate.now().withDayOfYear(1);
        windowOpens.setValue(newYear.plusYears(1));
        windowDue.setValue(newYear.plusYears(1).withMonth(3).withDayOfMonth(31));
        kind.addValueChangeListener(e -> showFields());
        showFields();
        getContent().add(kind, leadDays, windowOpens, windowDue);
    }

    /** The chosen renewal, or null when a window date is missing (the caller reports it). */
    Recertification value() {
        if (kind.getValue() == Recertification.Kind.CALENDAR) {
            if (windowOpens.getValue() == null || windowDue.getValue() == null) {
                return null;
            }
            return Recertification.calendar(MonthDay.from(windowOpens.getValue()), MonthDay.from(windowDue.getValue()));
        }
        return Recertification.rolling(leadDays.getValue());
    }

    /** Shows a rule's renewal, to be changed. */
    void setValue(Recertification renewal) {
        kind.setValue(renewal.kind());
        leadDays.setValue(renewal.leadDays());
        if (renewal.kind() == Recertification.Kind.CALENDAR) {
            int year = LocalDate.now().getYear() + 1;
            windowOpens.setValue(renewal.windowOpens().atYear(year));
            windowDue.setValue(renewal.windowDue().atYear(year));
        }
    }

    private void showFields() {
        boolean calendar = kind.getValue() == Recertification.Kind.CALENDAR;
        leadDays.setVisible(!calendar);
        windowOpens.setVisible(calendar);
        windowDue.setVisible(calendar);
    }
}
