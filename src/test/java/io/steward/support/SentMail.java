package io.steward.support;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A mail as an SMTP server in the tests or the quick start received it: plain text and HTML side by side. */
public record SentMail(Instant received, String to, String subject, String contentType, String text,
        String html) {

    public static SentMail of(MimeMessage message) {
        try {
            String to = Arrays.stream(message.getAllRecipients()).map(Address::toString)
                    .collect(Collectors.joining(", "));
            Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : Instant.now();
            if (message.getContent() instanceof Multipart parts) {
                return new SentMail(received, to, message.getSubject(), message.getContentType(),
                        (String) parts.getBodyPart(0).getContent(), (String) parts.getBodyPart(1).getContent());
            }
            String body = String.valueOf(message.getContent());
            return new SentMail(received, to, message.getSubject(), message.getContentType(), body, "");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }
}
