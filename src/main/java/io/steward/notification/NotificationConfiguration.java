package io.steward.notification;

import io.steward.directory.InvitationIssuer;
import io.steward.notification.domain.DeliveryLog;
import io.steward.notification.domain.MailPlanner;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/** Mails are only planned and sent when a mail server is configured ({@code STEWARD_MAIL_HOST}). */
@Configuration
class NotificationConfiguration {

    @Bean
    @ConditionalOnExpression("'${spring.mail.host:}' != ''")
    Dispatcher dispatcher(MailPlanner planner, DeliveryLog deliveries, JdbcClient jdbc, JavaMailSender mailServer,
            InvitationIssuer links, NotificationSettings settings, Clock clock) {
        return new Dispatcher(planner, deliveries, jdbc, mailServer, links, settings, clock);
    }
}
