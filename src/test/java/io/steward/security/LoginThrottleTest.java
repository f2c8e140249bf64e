package io.steward.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import io.steward.support.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(15), Duration.ofMinutes(10));

    @Test
    void locks_after_the_configured_number_of_failures() {
        throttle.recordFailure("a@example.com");
        throttle.recordFailure("a@example.com");
        assertThat(throttle.isLocked("a@example.com")).isFalse();

        throttle.recordFailure("A@Example.com ");

        assertThat(throttle.isLocked("a@example.com")).isTrue();
        assertThat(throttle.isLocked("b@example.com")).isFalse();
    }

    @Test
    void the_lock_ends_after_its_duration() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("a@example.com");
        }
        clock.advance(Duration.ofMinutes(9));
        assertThat(throttle.isLocked("a@example.com")).isTrue();

        clock.advance(Duration.ofMinutes(2));

        assertThat(throttle.isLocked("a@example.com")).isFalse();
    }

    @Test
    void failures_spread_beyond_the_window_do_not_add_up() {
        throttle.recordFailure("a@example.com");
        throttle.recordFailure("a@example.com");
        clock.advance(Duration.ofMinutes(16));

        throttle.recordFailure("a@example.com");

        assertThat(throttle.isLocked("a@example.com")).isFalse();
    }

    @Test
    void a_success_clears_the_count() {
        throttle.recordFailure("a@example.com");
        throttle.recordFailure("a@example.com");
        throttle.recordSuccess("a@example.com");

        throttle.recordFailure("a@example.com");

        assertThat(throttle.isLocked("a@example.com")).isFalse();
    }
}
