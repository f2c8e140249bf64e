package io.steward.support;

import io.steward.demo.DemoOrganisation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring context on a real MariaDB with the demo organisation loaded. All integration tests share one
 * context (and so one database) per test JVM, so keep this annotation's settings the same everywhere.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.servlet.session.cookie.secure=false",
        "steward.security.hsts=false",
        // Every browser of the test suite signs in from this machine: the limit per client would lock them all.
        "steward.login.max-client-failures=10000"})
@ContextConfiguration(initializers = {TestDatabase.class, TestContent.class, TestIdentityProvider.class})
@Import({DemoOrganisation.class, SignedIn.class, QuizTaker.class, ApplicationClock.Configuration.class})
public @interface IntegrationTest {
}
