package io.steward.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dates and times as people read them, in the viewer's language and the server's time zone; periods and lists in
 * words, from the message bundle.
 */
public final class Formats {

    /** A component's {@code getTranslation}. */
    public interface Translator {
        String translate(String key, Object... params);
    }

    private Formats() {
    }

    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    public static String date(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.systemDefault()).format(instant);
    }

    /** "1 year 6 months", "90 days". */
    public static String period(Period period, Translator bundle) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(bundle.translate("period.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(bundle.translate("period.months", period.getMonths()));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(bundle.translate("period.days", period.getDays()));
        }
        return String.join(" ", parts);
    }

    /** "7 days", "7 days and 1 day", "14 days, 7 days and 1 day". */
    public static String list(List<String> items, Translator bundle) {
        if (items.isEmpty()) {
            return "";
        }
        String joined = items.getLast();
        for (int i = items.size() - 2; i >= 0; i--) {
            joined = bundle.translate(i == items.size() - 2 ? "list.last" : "list.next", items.get(i), joined);
        }
        return joined;
    }
}
