package io.steward.security;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed password checks and locks for a while after too many (docs/decisions/0020). Two counts, both in
 * the database so that every instance sees them:
 * <ul>
 * <li>per account name <em>and</em> client: 5 failures in 15 minutes lock that name from that client, so that
 * someone guessing a colleague's password locks only themselves out, never the colleague at their own desk;</li>
 * <li>per client: 20 failures in 15 minutes, whatever the names, lock that client for every name, which also
 * limits guessing at names that do not exist.</li>
 * </ul>
 * Names are counted whether or not an account exists, so the answers never reveal which ones do, and as the
 * directory matches them: without case or accents ({@code Émployee@Example.com} is {@code employee@example.com}).
 */
@Component
class LoginThrottle {

    /**
     * What a count is for: signing in, confirming one's current password before changing it, or asking for a
     * link to choose a new one (every request counts).
     */
    enum Check {
        SIGN_IN, CURRENT_PASSWORD, RECOVERY
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final int maxClientFailures;
    private final Duration window;
    private final Duration lockFor;

    LoginThrottle(JdbcClient jdbc, Clock clock, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = properties.login().maxFailures();
        this.maxClientFailures = properties.login().maxClientFailures();
        this.window = properties.login().failureWindow();
        this.lockFor = properties.login().lockDuration();
    }

    boolean isLocked(Check check, String name, String client) {
        return jdbc.sql("SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key IN (:keys) AND locked_until > :now")
                .param("keys", List.of(accountKey(check, name, client), clientKey(client)))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single() > 0;
    }

    /** Counts a failure; the client's own count only when the client is known (a request's address). */
    void recordFailure(Check check, String name, String client) {
        count(accountKey(check, name, client), maxFailures);
        if (client != null && !client.isEmpty()) {
            count(clientKey(client), maxClientFailures);
        }
    }

    /** A right password clears the count of that name from that client; the client's own count stays. */
    void recordSuccess(Check check, String name, String client) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key = :key")
                .param("key", accountKey(check, name, client)).update();
    }

    /** Removes the counts whose window and lock are over; the table holds only the recent failures. */
    @Scheduled(fixedDelayString = "#{@'steward-io.steward.security.SecurityProperties'.login().failureWindow()}")
    @SchedulerLock(name = "security-sign-in-throttle-prune")
    public void prune() {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM sign_in_throttle WHERE window_start < :windowStart "
                        + "AND (locked_until IS NULL OR locked_until <= :now)")
                .param("windowStart", Timestamp.from(now.minus(window))).param("now", Timestamp.from(now))
                .update();
    }

    /**
     * One more failure for a key, atomically (one row per key): a count whose window and lock are over starts
     * again at one; reaching {@code max} locks until {@code lockFor} from now. Assignments run left to right,
     * so each one sees the ones before it.
     */
    private void count(String key, int max) {
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO sign_in_throttle (throttle_key, failures, window_start, locked_until)
                VALUES (:key, 1, :now, IF(1 >= :max, :lockUntil, NULL))
                ON DUPLICATE KEY UPDATE
                    failures = IF(window_start < :windowStart AND (locked_until IS NULL OR locked_until <= :now),
                                  1, failures + 1),
                    window_start = IF(failures = 1, :now, window_start),
                    locked_until = IF(failures >= :max, :lockUntil,
                                      IF(locked_until <= :now, NULL, locked_until))""")
                .param("key", key).param("max", max).param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(window)))
                .param("lockUntil", Timestamp.from(now.plus(lockFor)))
                .update();
    }

    private static String accountKey(Check check, String name, String client) {
        return SecretTokens.hash(check + "\n" + normalised(name) + "\n" + client(client));
    }

    private static String clientKey(String client) {
        return SecretTokens.hash("CLIENT\n" + client(client));
    }

    /** As the directory compares e-mail addresses: without surrounding space, case or accents. */
    static String normalised(String name) {
        String stripped = name == null ? "" : name.strip();
        return Normalizer.normalize(stripped, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String client(String client) {
        return client == null ? "" : client;
    }
}
