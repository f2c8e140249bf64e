package io.steward.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Allows at most {@code limit} calls per key (a client address, say) in each window. In memory, per app
 * instance; old windows are dropped as new ones start, so memory stays bounded by the active keys.
 */
public final class RateLimiter {

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock, int limit, Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /** Counts a call and says whether it is within the limit. */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Window current = windows.compute(key, (k, w) -> w == null || !covers(w, now)
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> !covers(w, now));
        }
        return current.count() <= limit;
    }

    /** Whether a call now would be over the limit; counts nothing. */
    public boolean exhausted(String key) {
        Window current = windows.get(key);
        return current != null && covers(current, clock.instant()) && current.count() >= limit;
    }

    /** Whether the window holds this moment; one that begins after it (the clock was set back) does not. */
    private boolean covers(Window w, Instant now) {
        return !now.isBefore(w.start()) && now.isBefore(w.start().plus(window));
    }

    private record Window(Instant start, int count) {
    }
}
