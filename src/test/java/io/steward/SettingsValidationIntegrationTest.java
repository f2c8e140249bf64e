package io.steward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.base.StewardProperties;
import io.steward.notification.NotificationProperties;
import io.steward.security.SecurityProperties;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Start-up with Steward's settings records and nothing else (no database): what a person sees when a setting is
 * wrong, and what the records hold when nothing is set.
 */
@ExtendWith(OutputCaptureExtension.class)
class SettingsValidationIntegrationTest {

    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan(basePackageClasses = StewardApplication.class)
    static class OnlySettings {
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "steward.login.max-failures=0;steward.login.max-failures must be at least 1, was 0",
            "steward.retention.cron=every night;steward.retention.cron must be a cron expression",
            "steward.analysis.too-easy-above=1.5;steward.analysis.too-easy-above must be between 0.0 and 1.0, was 1.5",
            "steward.analysis.too-hard-below=0.95;steward.analysis.too-hard-below (0.95) must be lower than",
            "steward.public-url=steward.example.com;steward.public-url (STEWARD_PUBLIC_URL) must start with http://",
            "steward.notifications.max-attempts=many;Property: steward.notifications.max-attempts",
            "steward.invitation.validity=two weeks;Property: steward.invitation.validity"})
    void a_bad_value_refuses_to_start_with_a_message_naming_the_key(String setting, String message,
            CapturedOutput output) {
        assertThatThrownBy(() -> start(setting)).isNotNull();

        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START").contains(message);
    }

    @Test
    void with_nothing_set_every_record_holds_its_defaults() {
        try (ConfigurableApplicationContext context = start()) {
            StewardProperties steward = context.getBean(StewardProperties.class);
            assertThat(steward.publicUrl()).isEqualTo("http://localhost:8080");
            assertThat(steward.retention().periods().byKind()).containsOnlyKeys("delivery-log", "evidence",
                    "profile", "quiz-answers");
            assertThat(context.getBean(NotificationProperties.class).notifications().dueDaysBefore())
                    .isEqualTo(List.of(7, 1));
            assertThat(context.getBean(SecurityProperties.class).login().failureWindow())
                    .isEqualTo(Duration.ofMinutes(15));
        }
    }

    @Test
    void a_trailing_slash_on_the_public_url_is_dropped() {
        try (ConfigurableApplicationContext context = start("steward.public-url=https://steward.example.com/")) {
            assertThat(context.getBean(StewardProperties.class).publicUrl()).isEqualTo("https://steward.example.com");
        }
    }

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(OnlySettings.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off").properties(properties).run();
    }
}
