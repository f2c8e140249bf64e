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
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How records read to people, on screen and in the HTML download: titles, purposes and retention from the bundle
 * ({@code mydata.<kind>.*}), dates in the reader's language, periods in words.
 */
final class RecordText {

    /**
     * The columns that hold stored codes ({@code IN_PROGRESS}, {@code SENT}), and where their words are: the
     * reminders' kind and status in the words of the delivery log, the rest under {@code mydata.value.*}.
     */
    private static final Map<String, String> CODED = Map.of(
            "reminders.kind", "notification.kind.",
            "reminders.status", "notification.status.",
            "assignments.state", "mydata.value.",
            "attempts.state", "mydata.value.",
            "sign-ins.outcome", "mydata.value.",
            "profile.roles", "mydata.value.");

    private final Formats.Translator bundle;
    private final Locale locale;
    private final Function<String, String> moduleTitles;

    RecordText(Formats.Translator bundle, Locale locale, Function<String, String> moduleTitles) {
        this.bundle = bundle;
        this.locale = locale;
        this.moduleTitles = moduleTitles;
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

    /**
     * A stored value as a person reads it: a module by its title, stored codes in words (the JSON download keeps
     * them as stored, for other programs), and the rest as dates or as stored.
     */
    String value(MyData.Kind kind, String column, String raw) {
        if (raw.isEmpty()) {
            return raw;
        }
        if (column.equals("module")) {
            return moduleTitles.apply(raw);
        }
        String words = CODED.get(kind.kind() + "." + column);
        if (words != null) {
            return Arrays.stream(raw.split(", ")).map(code -> bundle.translate(words + code.toLowerCase(Locale.ROOT)))
                    .collect(Collectors.joining(", "));
        }
        return value(raw);
    }

    /** Every column whose stored codes are read out as words, and where the words are (for the bundle's test). */
    static Map<String, String> codedColumns() {
        return CODED;
    }

    /** Instants and dates as the reader writes them, yes and no in words, everything else as stored. */
    private String value(String raw) {
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
