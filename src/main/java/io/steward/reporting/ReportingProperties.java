package io.steward.reporting;

import io.steward.base.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reporting read side ({@code steward.reporting.*}; docs/decisions/0014-fast-dashboards.md).
 *
 * @param closedMonthsCron When the nightly job stores the figures of the months that have closed (a cron expression, in
 *        UTC).
 */
@ConfigurationProperties("steward.reporting")
public record ReportingProperties(@DefaultValue("0 20 1 * * *") String closedMonthsCron) {

    public ReportingProperties {
        SettingChecks.cron("steward.reporting.closed-months-cron", closedMonthsCron);
    }
}
