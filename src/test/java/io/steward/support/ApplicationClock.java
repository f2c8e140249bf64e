package io.steward.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: the system's, unless a test sends it to another time, from
 * which it then runs on at the system's pace. A test that moves it must {@link #reset()} it when done, since
 * every integration test shares the one context.
 */
public final class ApplicationClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** From now on, the application's time is {@code instant}, and runs on from there. */
    public void travelTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    /** Back to the system's time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Puts this clock in place of the application's own. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        ApplicationClock applicationClock() {
            return new ApplicationClock();
        }
    }
}
