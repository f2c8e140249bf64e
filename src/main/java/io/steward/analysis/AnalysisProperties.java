package io.steward.analysis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When question analysis flags a question ({@code steward.analysis.*}; docs/authoring.md, "Reading the question
 * analysis").
 *
 * @param tooEasyAbove A question is flagged as too easy when its facility (the share who answer it right) is above
 *        this.
 * @param tooHardBelow A question is flagged as too hard when its facility is below this.
 * @param misleadingBelow A question is flagged as misleading when its discrimination is below this.
 */
@ConfigurationProperties("steward.analysis")
public record AnalysisProperties(@DefaultValue("0.9") double tooEasyAbove, @DefaultValue("0.3") double tooHardBelow,
        @DefaultValue("0") double misleadingBelow) {

    public AnalysisProperties {
        new Thresholds(tooEasyAbove, tooHardBelow, misleadingBelow); // checks each value and names its key
    }

    public Thresholds thresholds() {
        return new Thresholds(tooEasyAbove, tooHardBelow, misleadingBelow);
    }
}
