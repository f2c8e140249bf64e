package io.steward;

import demoprovider.DemoIdentityProvider;
import io.steward.demo.DemoHistory;
import io.steward.demo.DemoOrganisation;
import io.steward.demo.QuickStartMail;
import io.steward.learning.NightlyCycle;
import io.steward.support.EmbeddedMariaDb;
import io.steward.support.QuizTaker;
import io.steward.support.SignedIn;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's first command ({@code mvn spring-boot:test-run}): Steward with an embedded MariaDB whose
 * data stays in {@code ./data}, the demo organisation with thirteen months of history on a first start, an
 * in-process mail server whose mails are listed on a page of their own, and the demo OpenID provider for single
 * sign-on. Lives on the test classpath only.
 */
public final class QuickStart {

    private static final int SSO_PORT = 9000;

    private QuickStart() {
    }

    public static void main(String[] args) {
        Path data = Path.of("data", "mariadb");
        boolean fresh = !Files.exists(data);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(data, 3307);
        System.setProperty("spring.datasource.url", db.jdbcUrl());
        System.setProperty("spring.datasource.username", db.user());
        System.setProperty("spring.datasource.password", db.password());
        // Plain http on localhost: secure-only cookies and HSTS would lock the browser out.
        System.setProperty("server.servlet.session.cookie.secure", "false");
        System.setProperty("steward.security.hsts", "false");
        System.setProperty("steward.content.dir", DemoHistory.prepare(Path.of("data", "content"), fresh).toString());
        QuickStartMail.start();
        // The demo OpenID provider, started alongside (its own JVM, a few seconds): the sign-in page offers it.
        System.setProperty("steward.sso.issuer", "http://localhost:" + SSO_PORT);
        System.setProperty("steward.sso.client-id", DemoIdentityProvider.CLIENT_ID);
        System.setProperty("steward.sso.client-secret", DemoIdentityProvider.CLIENT_SECRET);
        System.setProperty("steward.sso.provider-name", "the demo provider");
        Thread provider = new Thread(() -> DemoIdentityProvider.start(SSO_PORT, "http://127.0.0.1:8080"),
                "demo-identity-provider");
        provider.setDaemon(true);
        provider.start();
        ConfigurableApplicationContext context = SpringApplication.from(StewardApplication::main)
                .with(DemoOrganisation.class, DemoHistory.class, DemoHistory.Clock.class, SignedIn.class,
                        QuizTaker.class, NightlyCycle.class, QuickStartMail.class)
                .run(args)
                .getApplicationContext();
        String port = context.getEnvironment().getProperty("local.server.port", "8080");
        System.out.println(DemoOrganisation.loginsBanner("http://localhost:" + port));
        System.out.println("  E-mails Steward sends (sign in first): http://localhost:" + port + "/"
                + QuickStartMail.PATH);
        System.out.println("  Single sign-on: open http://127.0.0.1:" + port + " and choose \"Sign in with the demo "
                + "provider\" (the same e-mails and password, on the provider's own page)\n");
    }
}
