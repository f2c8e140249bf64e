package io.steward.notification.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Builds one mail as plain text and as simple HTML side by side. Every value put into the HTML is escaped; the
 * texts themselves come from the bundle and are trusted.
 */
public final class MailComposer {

    private final MessageSource messages;
    private final Locale locale;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    MailComposer(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public MailComposer paragraph(String key, Object... args) {
        text.append(message(key, args)).append("\n\n");
        html.append("<p>").append(message(key, escaped(args))).append("</p>\n");
        return this;
    }

    public MailComposer list(List<String> items) {
        html.append("<ul>\n");
        for (String item : items) {
            text.append("- ").append(item).append('\n');
            html.append("<li>").append(escape(item)).append("</li>\n");
        }
        text.append('\n');
        html.append("</ul>\n");
        return this;
    }

    public MailComposer link(String labelKey, String url) {
        String label = message(labelKey);
        text.append(label).append(":\n").append(url).append("\n\n");
        html.append("<p><a href=\"").append(escape(url)).append("\">")
                .append(escape(label)).append("</a></p>\n");
        return this;
    }

    /** The finished mail, signed off with the footer. */
    public Composed build(String subject, String settingsUrl) {
        paragraph("mail.footer");
        link("mail.footer.settings", settingsUrl);
        String body = "<!DOCTYPE html>\n<html lang=\"" + escape(locale.toLanguageTag())
                + "\">\n<head><meta charset=\"UTF-8\"><title>" + escape(subject) + "</title></head>\n"
                + "<body style=\"font-family: sans-serif; line-height: 1.5; max-width: 40em\">\n" + html
                + "</body>\n</html>\n";
        return new Composed(subject, text.toString().strip() + "\n", body);
    }

    private static Object[] escaped(Object[] args) {
        return Arrays.stream(args).map(a -> a instanceof String s ? escape(s) : a).toArray();
    }

    /** Escapes the characters HTML treats specially, and only those: the mail is UTF-8 throughout. */
    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }

    /** A finished mail. */
    public record Composed(String subject, String text, String html) {
    }
}
