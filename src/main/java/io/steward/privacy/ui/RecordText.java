package io.steward.privacy.ui;

import io.steward.base.ui.Formats;
import io.steward.privacy.MyData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How records read to people, on screen and in the HTML download: titles, purposes and retention from the bundle
 * ({@code mydata.<kind>.*}), dates in the reader's language, periods in words.
 */
final class RecordText {

    private final Formats.Translator bundle;
    private final Locale locale;

    RecordText(Formats.Translator bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    String text(String key, Object... params) {
        return bundle.translate(key, params);
    }

    String title(MyData.Kind kind) {
        return bundle.translate("mydata." + kind.kind() + ".title");
    }

    String purpose(MyData.Kind kind) {
        return bundle.translate("mydata." + kind.kind() + ".purpose");
    }

    String retention(MyData.Kind kind) {
        return bundle.translate("mydata." + kind.kind() + ".retention",
                kind.retention() == null ? "" : period(kind.retention()));
    }

    String column(MyData.Kind kind, String column) {
        return bundle.translate("mydata." + kind.kind() + ".column." + column);
    }

    /** "1 year 6 months", "90 days". */
    String period(Period period) {
        return Formats.period(period, bundle);
    }

    /** Instants and dates as the reader writes them, yes and no in words, everything else as stored. */
    String value(String raw) {
        if (raw.equals("true") || raw.equals("false")) {
            return bundle.translate("mydata.value." + raw);
        }
        try {
            if (raw.length() > 10 && raw.endsWith("Z")) {
                return Formats.dateTime(Instant.parse(raw), locale);
            }
            if (raw.length() == 10 && raw.charAt(4) == '-') {
                return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                        .format(LocalDate.parse(raw));
            }
        } catch (DateTimeParseException notADate) {
            return raw;
        }
        return raw;
    }

    String generated(Instant at) {
        return Formats.dateTime(at, locale) + " (" + ZoneId.systemDefault().getId() + ")";
    }
}
