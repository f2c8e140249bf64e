package demoprovider;

import io.steward.demo.DemoOrganisation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID provider (Spring Authorization Server) for the tests and the quick start, run as an application
 * of its own on its own port: its own sign-in page, its own session cookie, its own keys. It knows the demo
 * organisation's people by e-mail (password {@link DemoOrganisation#PASSWORD}) and a few identities that Steward
 * must refuse: one the directory does not know, one whose ID token is for another client, and one whose ID token
 * has expired. Lives outside {@code io.steward} so that Steward's component scan never finds it.
 */
@SpringBootApplication
public class DemoIdentityProvider {

    public static final String CLIENT_ID = "steward";
    public static final String CLIENT_SECRET = "demo-provider-secret-for-tests-only";
    /** An identity the directory has no one for. */
    public static final String STRANGER = "stranger@elsewhere.example";
    /** Signs in as the demo employee, but the ID token's audience is another client. */
    public static final String WRONG_AUDIENCE = "wrong-audience";
    /** Signs in as the demo employee, but the ID token expired ten minutes before it was issued. */
    public static final String EXPIRED = "expired-token";
    /** A demo person the tests may deactivate, to be refused. */
    public static final String LEAVER = "grace.liu@example.com";

    private static final String READY = "DEMO IDENTITY PROVIDER READY ";
    private static String issuer;

    /**
     * Starts the provider once per JVM, in a JVM of its own (Spring Security keeps the signed-in person in a
     * static holder, which two applications in one JVM would share), on {@code port} (0: any free one), and
     * returns its issuer URL. {@code steward} is the address Steward is reached on (a 127.0.0.1 address), to
     * which the provider sends people back after signing out. The provider stops with this JVM.
     */
    public static synchronized String start(int port, String steward) {
        if (issuer == null) {
            try {
                Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), DemoIdentityProvider.class.getName(),
                        Integer.toString(port), steward).redirectErrorStream(true).start();
                Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8));
                StringBuilder log = new StringBuilder();
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith(READY)) {
                        issuer = line.substring(READY.length()).strip();
                        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                        drain.setDaemon(true);
                        drain.start();
                        return issuer;
                    }
                    log.append(line).append('\n');
                }
                throw new IllegalStateException("the demo identity provider did not start:\n" + log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return issuer;
    }

    /**
     * Runs the provider in this JVM on the port given (0: any free one) for Steward at the address given, and
     * prints its issuer when ready.
     */
    public static void main(String[] args) {
        String steward = args[1];
        Map<String, Object> settings = new HashMap<>();
        settings.put("server.port", args[0]);
        settings.put("server.servlet.session.cookie.name", "DEMO_PROVIDER_SESSION");
        settings.put("spring.main.banner-mode", "off");
        settings.put("spring.jmx.enabled", "false");
        settings.put("logging.level.root", "warn");
        settings.put("spring.autoconfigure.exclude", String.join(",",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
                "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
                "com.vaadin.flow.spring.SpringBootAutoConfiguration",
                "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"));
        String client = "spring.security.oauth2.authorizationserver.client.steward.";
        settings.put(client + "registration.client-id", CLIENT_ID);
        settings.put(client + "registration.client-secret", "{noop}" + CLIENT_SECRET);
        settings.put(client + "registration.client-authentication-methods", "client_secret_basic");
        settings.put(client + "registration.authorization-grant-types", "authorization_code");
        // A loopback address: the provider accepts the callback on any port of it (RFC 8252).
        settings.put(client + "registration.redirect-uris", steward + "/login/oauth2/code/sso");
        settings.put(client + "registration.post-logout-redirect-uris", steward + "/login");
        settings.put(client + "registration.scopes", "openid,email,profile");
        settings.put(client + "require-authorization-consent", "false");
        settings.put(client + "require-proof-key", "true");
        SpringApplication app = new SpringApplication(DemoIdentityProvider.class);
        app.setDefaultProperties(settings);
        ConfigurableApplicationContext running = app.run("--spring.config.name=demo-identity-provider");
        System.out.println(READY + "http://localhost:" + running.getEnvironment().getProperty("local.server.port"));
    }

    @Bean
    UserDetailsService people() {
        List<String> names = List.of(DemoOrganisation.EMPLOYEE, DemoOrganisation.MANAGER, DemoOrganisation.HR,
                DemoOrganisation.AUTHOR, DemoOrganisation.AUDITOR, LEAVER, STRANGER, WRONG_AUDIENCE, EXPIRED);
        return new InMemoryUserDetailsManager(names.stream()
                .map(name -> User.withUsername(name).password("{noop}" + DemoOrganisation.PASSWORD).roles("USER")
                        .build())
                .toList());
    }

    /** The ID token names the person by e-mail; the two broken identities get the token they are named for. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
        return context -> {
            if (!"id_token".equals(context.getTokenType().getValue())) {
                return;
            }
            String name = context.getPrincipal().getName();
            boolean broken = name.equals(WRONG_AUDIENCE) || name.equals(EXPIRED);
            context.getClaims().claim("email", broken ? DemoOrganisation.EMPLOYEE : name);
            if (name.equals(WRONG_AUDIENCE)) {
                context.getClaims().audience(List.of("another-client"));
            }
            if (name.equals(EXPIRED)) {
                Instant issued = Instant.now().minus(20, ChronoUnit.MINUTES);
                context.getClaims().issuedAt(issued).expiresAt(issued.plus(10, ChronoUnit.MINUTES));
            }
        };
    }
}
