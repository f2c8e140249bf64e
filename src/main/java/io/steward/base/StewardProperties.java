package io.steward.base;

import java.time.Period;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings several features share ({@code steward.*}). Every feature's settings are a record like this one,
 * bound and checked at start-up, with each default written here once (docs/decisions/0024-settings-as-records.md).
 *
 * @param publicUrl The address people reach Steward at; links in mails and the QR codes on certificates point here.
 * @param privacy How reports protect people in small groups.
 * @param retention How long records are kept, and when the nightly run deletes what has expired.
 */
@ConfigurationProperties("steward")
public record StewardProperties(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue Privacy privacy,
        @DefaultValue RetentionSettings retention) {

    public StewardProperties {
        if (!publicUrl.startsWith("http://") && !publicUrl.startsWith("https://")) {
            throw new IllegalArgumentException("steward.public-url (STEWARD_PUBLIC_URL) must start with http:// or "
                    + "https://, was '" + publicUrl + "'");
        }
        // Without a trailing slash: links are built as publicUrl + "/verify/...".
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Small groups.
     *
     * @param minGroupSize Aggregates over fewer people than this show "fewer than N" instead of a figure, so that
     *        nobody can be singled out (docs/privacy.md).
     */
    public record Privacy(@DefaultValue("5") int minGroupSize) {

        public Privacy {
            SettingChecks.atLeast("steward.privacy.min-group-size", minGroupSize, 1);
        }
    }

    /**
     * Retention (docs/privacy.md).
     *
     * @param periods How long each kind of record is kept, as ISO-8601 periods.
     * @param cron When the nightly retention run starts (a cron expression, in UTC).
     * @param chunkSize How many records the retention run deletes in one transaction.
     */
    public record RetentionSettings(@DefaultValue Periods periods, @DefaultValue("0 30 2 * * *") String cron,
            @DefaultValue("500") int chunkSize) {

        public RetentionSettings {
            SettingChecks.cron("steward.retention.cron", cron);
            SettingChecks.atLeast("steward.retention.chunk-size", chunkSize, 1);
        }
    }

    /**
     * How long each kind of record is kept; evidence is counted from the completion, a profile from deactivation.
     *
     * @param profile How long a leaver's contact details are kept after deactivation.
     * @param quizAnswers How long the answers given in quiz attempts are kept.
     * @param evidence How long completions, certificates and attempts are kept after the completion.
     * @param deliveryLog How long the delivery log keeps a mail after it was planned.
     */
    public record Periods(@DefaultValue("P90D") Period profile, @DefaultValue("P12M") Period quizAnswers,
            @DefaultValue("P6Y") Period evidence, @DefaultValue("P12M") Period deliveryLog) {

        public Periods {
            SettingChecks.positive("steward.retention.periods.profile", profile);
            SettingChecks.positive("steward.retention.periods.quiz-answers", quizAnswers);
            SettingChecks.positive("steward.retention.periods.evidence", evidence);
            SettingChecks.positive("steward.retention.periods.delivery-log", deliveryLog);
        }

        /** Each period by the kind of record it is for ({@link io.steward.base.Retention.Task#kind()}). */
        public Map<String, Period> byKind() {
            return new TreeMap<>(Map.of("profile", profile, RetentionPolicy.QUIZ_ANSWERS, quizAnswers,
                    RetentionPolicy.EVIDENCE, evidence, "delivery-log", deliveryLog));
        }
    }
}
