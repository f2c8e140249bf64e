package io.steward.support;

import demoprovider.DemoIdentityProvider;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's Spring context at the demo OpenID provider, started once per test JVM on a free port:
 * single sign-on is on in every integration test, as it is for a company that uses it.
 */
public class TestIdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROVIDER_NAME = "Demo provider";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("steward-test-sso", Map.of(
                "steward.sso.issuer", DemoIdentityProvider.start(0),
                "steward.sso.client-id", DemoIdentityProvider.CLIENT_ID,
                "steward.sso.client-secret", DemoIdentityProvider.CLIENT_SECRET,
                "steward.sso.provider-name", PROVIDER_NAME)));
    }
}
