package io.steward.notification;

import io.steward.directory.InvitationIssuer;
import io.steward.notification.domain.DeliveryLog;
import io.steward.notification.domain.MailPlanner;
import io.steward.support.SentMail;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real SMTP server (GreenMail) for a browser journey: while it is open, the shared test application sends the
 * mails it sends at once (a manager's reminder, say) through it, as it would with a mail server configured.
 * The scheduled run stays off, so that no other mail is planned for the people of the other tests. Close it to
 * put the application back as it was: without a mail server.
 */
public final class JourneyMailServer implements AutoCloseable {

    private static final String BEAN = "journeyMailDispatcher";

    private final Mailbox mailbox = new Mailbox();
    private final DefaultListableBeanFactory beans;

    public JourneyMailServer(ConfigurableApplicationContext application) {
        beans = (DefaultListableBeanFactory) application.getBeanFactory();
        beans.registerSingleton(BEAN, new Dispatcher(beans.getBean(MailPlanner.class), beans.getBean(DeliveryLog.class),
                beans.getBean(JdbcClient.class), mailbox.sender(), beans.getBean(InvitationIssuer.class),
                beans.getBean(NotificationSettings.class), beans.getBean(Clock.class)) {
            @Override
            RunOutcome run() {
                return RunOutcome.NOTHING;
            }
        });
    }

    /** The mails this server received for {@code email}. */
    public List<SentMail> to(String email) {
        return mailbox.to(email);
    }

    @Override
    public void close() {
        beans.destroySingleton(BEAN);
        mailbox.close();
    }
}
