package io.steward.support;

import demoprovider.DemoIdentityProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's Spring context at the demo OpenID provider, started once per test JVM on a free port:
 * single sign-on is on in every integration test, as it is for a company that uses it. The provider sends
 * people back after signing out only to the address it was told, so the first context of the JVM gets a port
 * chosen here, rather than a random one; later contexts (if any) a random one.
 */
public class TestIdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROVIDER_NAME = "Demo provider";
    private static Integer stewardPort;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> settings = new HashMap<>();
        synchronized (TestIdentityProvider.class) {
            if (stewardPort == null) {
                stewardPort = freePort();
                settings.put("server.port", stewardPort);
            }
        }
        settings.putAll(Map.of(
                "steward.sso.issuer", DemoIdentityProvider.start(0, "http://127.0.0.1:" + stewardPort),
                "steward.sso.client-id", DemoIdentityProvider.CLIENT_ID,
                "steward.sso.client-secret", DemoIdentityProvider.CLIENT_SECRET,
                "steward.sso.provider-name", PROVIDER_NAME));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("steward-test-sso", settings));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
