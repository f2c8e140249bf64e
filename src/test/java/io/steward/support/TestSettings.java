package io.steward.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A {@code *Properties} record bound the way Steward binds it at start-up, from the given keys and values and the
 * record's defaults, for tests that build a component by hand.
 */
public final class TestSettings {

    private TestSettings() {
    }

    /** @param keysAndValues key, value, key, value, ... such as {@code "steward.login.max-failures", "3"} */
    public static <T> T bind(Class<T> type, String... keysAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        String prefix = type.getAnnotation(ConfigurationProperties.class).value();
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate(prefix, Bindable.of(type));
    }
}
