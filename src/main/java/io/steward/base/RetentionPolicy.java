package io.steward.base;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How long each kind of record is kept: {@code steward.retention.periods.<kind>} as an ISO-8601 period
 * ({@code P12M}, {@code P6Y}, {@code P90D}), keyed like {@link Retention.Task#kind()}. The defaults are in
 * {@code application.properties} and explained in {@code docs/privacy.md}.
 */
@Component
public class RetentionPolicy {

    private final Map<String, Period> periods;

    RetentionPolicy(Environment environment) {
        Map<String, Period> bound = Binder.get(environment)
                .bindOrCreate("steward.retention.periods", org.springframework.boot.context.properties.bind.Bindable
                        .mapOf(String.class, String.class))
                .entrySet().stream().collect(TreeMap::new, (map, e) -> map.put(e.getKey(), parse(e)), Map::putAll);
        this.periods = Collections.unmodifiableMap(bound);
    }

    private static Period parse(Map.Entry<String, String> entry) {
        try {
            Period period = Period.parse(entry.getValue().strip());
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("must be longer than zero");
            }
            return period;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("steward.retention.periods." + entry.getKey()
                    + " must be an ISO-8601 period such as P90D, P12M or P6Y, was '" + entry.getValue() + "'", e);
        }
    }

    /** Every configured kind and its period, by kind. */
    public Map<String, Period> periods() {
        return periods;
    }

    public Optional<Period> period(String kind) {
        return Optional.ofNullable(periods.get(kind));
    }

    /** Records of this kind dated at or before the answer have expired at {@code now}. */
    public Instant cutoff(String kind, Instant now) {
        Period period = period(kind).orElseThrow(() -> new IllegalStateException(
                "no retention period configured for '" + kind + "' (steward.retention.periods." + kind + ")"));
        return now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }
}
