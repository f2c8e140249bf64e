package io.steward.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.steward.support.SentMail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A real SMTP server (GreenMail) for tests, on a port of its own, that can be taken down and brought back. */
final class Mailbox implements AutoCloseable {

    private final int port;
    private GreenMail server;

    Mailbox() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** A mail sender that talks to this server. */
    JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.ehlo", "false"); // see QuickStartMail: GreenMail's EHLO answer stalls 40 ms a mail
        sender.setJavaMailProperties(properties);
        return sender;
    }

    List<SentMail> received() {
        return Arrays.stream(server.getReceivedMessages()).map(SentMail::of).toList();
    }

    List<SentMail> to(String email) {
        return received().stream().filter(m -> m.to().equalsIgnoreCase(email)).toList();
    }
}
