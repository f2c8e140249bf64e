package io.steward.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(clock, 3, Duration.ofMinutes(1));

    @Test
    void allows_the_limit_per_window_and_key_then_refuses() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        }
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).as("another client").isTrue();
    }

    @Test
    void a_new_window_starts_afresh() {
        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire("10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(61));

        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
    }

    @Test
    void exhausted_says_whether_the_next_call_would_be_refused_without_counting_one() {
        assertThat(limiter.exhausted("10.0.0.1")).isFalse();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.exhausted("10.0.0.1")).isFalse();
            limiter.tryAcquire("10.0.0.1");
        }
        assertThat(limiter.exhausted("10.0.0.1")).isTrue();
        assertThat(limiter.exhausted("10.0.0.2")).isFalse();
        clock.advance(Duration.ofSeconds(61));
        assertThat(limiter.exhausted("10.0.0.1")).as("a new window").isFalse();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
    }

    @Test
    void a_window_that_begins_later_than_now_does_not_hold_after_the_clock_is_set_back() {
        RateLimiter limiter = new RateLimiter(clock, 1, Duration.ofDays(1));
        Instant today = clock.instant();
        clock.set(today.plus(Duration.ofDays(3)));
        assertThat(limiter.tryAcquire("manager:person")).isTrue();
        assertThat(limiter.exhausted("manager:person")).isTrue();

        clock.set(today);

        assertThat(limiter.exhausted("manager:person")).isFalse();
        assertThat(limiter.tryAcquire("manager:person")).isTrue();
    }
}
