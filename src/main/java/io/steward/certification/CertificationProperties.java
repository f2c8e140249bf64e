package io.steward.certification;

import io.steward.base.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public certificate check ({@code steward.verify.*}).
 *
 * @param requestsPerMinute How many certificate checks the public verification page answers per minute, for everyone
 *        together.
 */
@ConfigurationProperties("steward.verify")
public record CertificationProperties(@DefaultValue("30") int requestsPerMinute) {

    public CertificationProperties {
        SettingChecks.atLeast("steward.verify.requests-per-minute", requestsPerMinute, 1);
    }
}
