package io.steward.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's Spring context at a real MariaDB: the server named by {@code STEWARD_TEST_DB_URL} when
 * that is set (with {@code STEWARD_TEST_DB_USER} and {@code STEWARD_TEST_DB_PASSWORD}), otherwise one
 * embedded server per test JVM, started on first use.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedMariaDb embedded;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("steward-test-db", Map.of(
                "spring.datasource.url", url(),
                "spring.datasource.username", user(),
                "spring.datasource.password", password())));
    }

    public static synchronized String url() {
        String external = System.getenv("STEWARD_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (embedded == null) {
            embedded = EmbeddedMariaDb.startThrowaway();
        }
        return embedded.jdbcUrl();
    }

    public static String user() {
        String external = System.getenv("STEWARD_TEST_DB_USER");
        return external != null ? external : "root";
    }

    public static String password() {
        String external = System.getenv("STEWARD_TEST_DB_PASSWORD");
        return external != null ? external : "";
    }
}
