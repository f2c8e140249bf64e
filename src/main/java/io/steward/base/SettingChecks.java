package io.steward.base;

import java.time.Duration;
import java.time.Period;
import org.springframework.scheduling.support.CronExpression;

/**
 * The checks the {@code *Properties} records run when they are bound at start-up: each names the key and what was
 * expected, so that a bad value stops Steward with a message a person can act on.
 */
public final class SettingChecks {

    private SettingChecks() {
    }

    public static void atLeast(String key, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(key + " must be at least " + minimum + ", was " + value);
        }
    }

    public static void between(String key, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(key + " must be between " + low + " and " + high + ", was " + value);
        }
    }

    public static void positive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be longer than zero (an ISO-8601 duration such as "
                    + "PT15M or P14D), was " + value);
        }
    }

    public static void positive(String key, Period value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be longer than zero (an ISO-8601 period such as P90D, "
                    + "P12M or P6Y), was " + value);
        }
    }

    public static void cron(String key, String expression) {
        if (!CronExpression.isValidExpression(expression)) {
            throw new IllegalArgumentException(key + " must be a cron expression of six fields (second minute hour "
                    + "day month weekday, such as 0 30 2 * * *), was '" + expression + "'");
        }
    }
}
