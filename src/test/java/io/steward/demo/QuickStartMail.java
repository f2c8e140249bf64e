package io.steward.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.steward.support.SentMail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The quick start's mail server: an in-process SMTP server (GreenMail) that keeps every mail Steward sends, and
 * the page {@value #PATH} that lists them. Test classpath only, so the production jar holds neither.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QuickStartMail {

    public static final String PATH = "dev/mails";

    private static GreenMail server;

    /** Starts the server on a free port and points Steward's mail settings at it. */
    public static synchronized void start() {
        server = newServer();
        settings(server.getSmtp().getPort()).forEach(System::setProperty);
        // Reminders every minute, so that a newcomer sees the first ones soon after start-up.
        System.setProperty("steward.notifications.interval", "PT1M");
    }

    /** A GreenMail SMTP server of its own, started on a free port of this machine. */
    static GreenMail newServer() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /** Steward's mail settings for a plain SMTP server on this machine, such as GreenMail. */
    static Map<String, String> settings(int port) {
        return Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(port),
                "spring.mail.properties.mail.smtp.auth", "false",
                "spring.mail.properties.mail.smtp.starttls.enable", "false",
                // GreenMail writes its several-line answer to EHLO in pieces, and the client's delayed
                // acknowledgement holds each mail for 40 ms; the one-line answer to HELO does not (348 mails of the
                // demo's past: 17.9 s against 0.4 s).
                "spring.mail.properties.mail.smtp.ehlo", "false",
                "steward.mail.from", "steward@example.com");
    }

    /** Every mail received so far, newest first. */
    static synchronized List<SentMail> received() {
        return server == null ? List.of() : Arrays.stream(server.getReceivedMessages()).map(SentMail::of)
                .sorted(Comparator.comparing(SentMail::received).reversed()).toList();
    }

    @Bean
    VaadinServiceInitListener mailboxPage() {
        return event -> RouteConfiguration
                .forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute(PATH, MailboxView.class);
    }
}
