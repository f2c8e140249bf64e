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
            html.append("<li>").append(HtmlUtils.htmlEscape(item)).append("</li>\n");
        }
        text.append('\n');
        html.append("</ul>\n");
        return this;
    }

    public MailComposer link(String labelKey, String url) {
        String label = message(labelKey);
        text.append(label).append(":\n").append(url).append("\n\n");
        html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(url)).append("\">")
                .append(HtmlUtils.htmlEscape(label)).append("</a></p>\n");
        return this;
    }

    /** The finished mail, signed off with the footer. */
    public Composed build(String subject, String settingsUrl) {
        paragraph("mail.footer");
        link("mail.footer.settings", settingsUrl);
        String body = "<!DOCTYPE html>\n<html lang=\"" + HtmlUtils.htmlEscape(locale.toLanguageTag())
                + "\">\n<head><meta charset=\"UTF-8\"><title>" + HtmlUtils.htmlEscape(subject) + "</title></head>\n"
                + "<body style=\"font-family: sans-serif; line-height: 1.5; max-width: 40em\">\n" + html
                + "</body>\n</html>\n";
        return new Composed(subject, text.toString().strip() + "\n", body);
    }

    private static Object[] escaped(Object[] args) {
        return Arrays.stream(args).map(a -> a instanceof String s ? HtmlUtils.htmlEscape(s) : a).toArray();
    }

    /** A finished mail. */
    public record Composed(String subject, String text, String html) {
    }
}
