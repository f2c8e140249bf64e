package io.steward.analysis.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** The analysis figures as people read them: facility as a percentage, discrimination as a signed decimal. */
final class Figures {

    private Figures() {
    }

    static String percent(double share, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }

    static String decimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
