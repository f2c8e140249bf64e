package io.steward.base;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How long each kind of record is kept: {@code steward.retention.periods.<kind>} as an ISO-8601 period
 * ({@code P12M}, {@code P6Y}, {@code P90D}), keyed like {@link Retention.Task#kind()}. The defaults are in
 * {@link StewardProperties.Periods} and explained in {@code docs/privacy.md}.
 */
@Component
public class RetentionPolicy {

    /** The policy of the records that prove training: completions, certificates, attempts, assignment cycles. */
    public static final String EVIDENCE = "evidence";

    /** The policy of quiz answers and of the question analysis's copy of them. */
    public static final String QUIZ_ANSWERS = "quiz-answers";

    private final Map<String, Period> periods;

    RetentionPolicy(StewardProperties properties) {
        this.periods = Collections.unmodifiableMap(properties.retention().periods().byKind());
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
