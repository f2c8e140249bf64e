package io.steward.content;

import io.steward.base.SettingChecks;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the training content is and how often it is checked for changes ({@code steward.content.*}).
 *
 * @param dir The folder holding the training modules (modules/*.md) and their assets (docs/authoring.md).
 * @param watch Whether changed content is picked up within seconds; off, content loads only at start-up and on Reload
 *        content.
 * @param pollInterval How often the content folder is checked for changes while watching.
 */
@ConfigurationProperties("steward.content")
public record ContentProperties(
        @DefaultValue("content") Path dir,
        @DefaultValue("true") boolean watch,
        @DefaultValue("PT2S") Duration pollInterval) {

    public ContentProperties {
        SettingChecks.positive("steward.content.poll-interval", pollInterval);
    }
}
