package io.steward.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Locks an account name for a while after repeated failed sign-ins. It counts by the name typed, whether
 * or not such an account exists, so its answers never reveal which accounts exist. Kept in memory: see
 * docs/decisions/0003-login-throttling.md.
 */
@Component
class LoginThrottle {

    /** Beyond this many tracked names the oldest entries are dropped, so a flood of names cannot exhaust memory. */
    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockFor;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock,
            @Value("${steward.login.max-failures:5}") int maxFailures,
            @Value("${steward.login.failure-window:PT15M}") Duration window,
            @Value("${steward.login.lock-duration:PT15M}") Duration lockFor) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockFor = lockFor;
    }

    boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    void recordFailure(String username) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.entrySet().removeIf(e -> e.getValue().isStale(now, window));
        }
        failures.compute(key(username), (k, f) -> {
            int count = (f == null || f.isStale(now, window)) ? 1 : f.count() + 1;
            Instant lockedUntil = count >= maxFailures ? now.plus(lockFor) : null;
            return new Failures(count, now, lockedUntil);
        });
    }

    void recordSuccess(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {

        boolean isStale(Instant now, Duration window) {
            boolean lockOver = lockedUntil == null || !now.isBefore(lockedUntil);
            return lockOver && last.plus(window).isBefore(now);
        }
    }
}
