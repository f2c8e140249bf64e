package io.steward.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.security.LoginThrottle.Check;
import io.steward.support.IntegrationTest;
import io.steward.support.MutableClock;
import io.steward.support.TestSettings;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sign-in throttle on the real database, with a clock of its own: 3 failures per name and client, 5 per
 * client, in a 15-minute window, locking for 10 minutes.
 */
@IntegrationTest
class LoginThrottleIntegrationTest {

    private static final String DESK = "10.0.0.7";
    private static final String ELSEWHERE = "192.0.2.44";

    @Autowired
    private JdbcClient jdbc;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private LoginThrottle throttle;

    @BeforeEach
    void freshCounts() {
        jdbc.sql("DELETE FROM sign_in_throttle").update();
        throttle = instance();
    }

    private LoginThrottle instance() {
        return new LoginThrottle(jdbc, clock, TestSettings.bind(SecurityProperties.class,
                "steward.login.max-failures", "3", "steward.login.max-client-failures", "5",
                "steward.login.failure-window", "PT15M", "steward.login.lock-duration", "PT10M"));
    }

    @Test
    void locks_a_name_from_the_client_that_guessed_not_from_the_colleagues_desk() {
        fail("a@example.com", ELSEWHERE, 2);
        assertThat(throttle.isLocked(Check.SIGN_IN, "a@example.com", ELSEWHERE)).isFalse();

        fail("a@example.com", ELSEWHERE, 1);

        assertThat(throttle.isLocked(Check.SIGN_IN, "a@example.com", ELSEWHERE)).isTrue();
        assertThat(throttle.isLocked(Check.SIGN_IN, "a@example.com", DESK)).as("the colleague at their desk").isFalse();
        assertThat(throttle.isLocked(Check.SIGN_IN, "b@example.com", ELSEWHERE)).isFalse();
    }

    @Test
    void case_accents_and_spaces_do_not_make_another_name() {
        throttle.recordFailure(Check.SIGN_IN, "a@example.com", ELSEWHERE);
        throttle.recordFailure(Check.SIGN_IN, " A@Example.COM", ELSEWHERE);
        throttle.recordFailure(Check.SIGN_IN, "á@exämple.com", ELSEWHERE);

        assertThat(throttle.isLocked(Check.SIGN_IN, "a@example.com", ELSEWHERE)).isTrue();
        assertThat(LoginThrottle.normalised(" Émployee@Example.com ")).isEqualTo("employee@example.com");
    }

    @Test
    void a_client_guessing_many_names_is_locked_for_every_name() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(Check.SIGN_IN, "nobody" + i + "@example.com", ELSEWHERE);
        }

        assertThat(throttle.isLocked(Check.SIGN_IN, "someone-new@example.com", ELSEWHERE)).isTrue();
        assertThat(throttle.isLocked(Check.SIGN_IN, "a@example.com", ELSEWHERE)).as("known or not, the same answer")
                .isTrue();
        assertThat(throttle.isLocked(Check.SIGN_IN, "someone-new@example.com", DESK)).isFalse();
    }

    @Test
    void every_instance_sees_the_same_counts() {
        LoginThrottle other = instance();
        fail("a@example.com", ELSEWHERE, 2);
        other.recordFailure(Check.SIGN_IN, "a@example.com", ELSEWHERE);

        assertThat(throttle.isLocked(Check.SIGN_IN, "a@example.com", ELSEWHERE)).isTrue();
        assertThat(other.isLocked(Check.SIGN_IN, "a@example.com", ELSEWHERE)).isTrue();
    }

    @Test
    void the_lock_ends_after_its_duration_and_stale_counts_are_removed() {
        fail("a@example.com", ELSEWHERE, 3);
        clock.advance(Duration.ofMinutes(9));
        assertThat(throttle.isLocked(Check.SIGN_IN, "a@example.com", ELSEWHERE)).isTrue();

        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.isLocked(Check.SIGN_IN, "a@example.com", ELSEWHERE)).isFalse();
        clock.advance(Duration.ofMinutes(5));
        throttle.prune();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_throttle").query(Long.class).single()).isZero();
    }

    @Test
    void failures_spread_beyond_the_window_do_not_add_up_and_a_success_clears_the_name() {
        fail("a@example.com", ELSEWHERE, 2);
        clock.advance(Duration.ofMinutes(16));
        fail("a@example.com", ELSEWHERE, 1);
        assertThat(throttle.isLocked(Check.SIGN_IN, "a@example.com", ELSEWHERE)).isFalse();

        throttle.recordSuccess(Check.SIGN_IN, "a@example.com", ELSEWHERE);
        fail("a@example.com", ELSEWHERE, 2);

        assertThat(throttle.isLocked(Check.SIGN_IN, "a@example.com", ELSEWHERE)).isFalse();
    }

    @Test
    void checking_the_current_password_is_counted_apart_from_signing_in() {
        fail("a@example.com", DESK, 3);

        assertThat(throttle.isLocked(Check.SIGN_IN, "a@example.com", DESK)).isTrue();
        assertThat(throttle.isLocked(Check.CURRENT_PASSWORD, "a@example.com", DESK)).isFalse();
    }

    private void fail(String name, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(Check.SIGN_IN, name, client);
        }
    }
}
