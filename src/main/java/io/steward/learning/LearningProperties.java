package io.steward.learning;

import io.steward.base.SettingChecks;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The assignment cycle and quizzes ({@code steward.cycle.*}, {@code steward.quiz.*}; docs/decisions/0012).
 *
 * @param cycle When assignments renew and how much time late changes give.
 * @param quiz What a quiz shows after an attempt.
 */
@ConfigurationProperties("steward")
public record LearningProperties(@DefaultValue Cycle cycle, @DefaultValue Quiz quiz) {

    /**
     * The assignment cycle.
     *
     * @param recertificationLead How long before a completion expires its renewal is assigned, unless the rule says
     *        otherwise.
     * @param materialChangeGrace How long people get to complete a module again after its major version goes up.
     * @param lateGrace How long people who join after a rule's fixed due date get to complete it.
     * @param cron When the daily run re-applies every rule and renews expiring completions (a cron expression, in UTC).
     */
    public record Cycle(@DefaultValue("P30D") Duration recertificationLead,
            @DefaultValue("P30D") Duration materialChangeGrace, @DefaultValue("P30D") Duration lateGrace,
            @DefaultValue("0 30 1 * * *") String cron) {

        public Cycle {
            SettingChecks.atLeast("steward.cycle.recertification-lead (days)", recertificationLead.toDays(), 0);
            SettingChecks.atLeast("steward.cycle.material-change-grace (days)", materialChangeGrace.toDays(), 0);
            SettingChecks.atLeast("steward.cycle.late-grace (days)", lateGrace.toDays(), 0);
            SettingChecks.cron("steward.cycle.cron", cron);
        }
    }

    /**
     * Quizzes.
     *
     * @param revealAnswersAlways Whether the correct options show after any failed attempt; otherwise only after
     *        passing or using all attempts.
     */
    public record Quiz(@DefaultValue("false") boolean revealAnswersAlways) {
    }
}
