package io.steward.notification.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of Steward's e-mails, in the recipient's language: bundle {@code notification/mails} (English) with
 * one file per further language, such as {@code mails_de.properties}; a missing language falls back to English.
 * Kept apart from the screens' bundle because only some languages have mail texts so far.
 */
@Component
public class MailTexts {

    static final String BUNDLE = "notification/mails";

    private final MessageSource messages;

    MailTexts() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(BUNDLE);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        this.messages = source;
    }

    /** A new mail in {@code locale}. */
    public MailComposer compose(Locale locale) {
        return new MailComposer(messages, locale);
    }

    /** A date as people in {@code locale} write it in a letter. */
    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
