package io.steward.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.demo.DemoOrganisation;
import io.steward.support.ApplicationClock;
import io.steward.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** "Forgot password": a link by e-mail for existing accounts only, the same answer for all, throttled. */
@IntegrationTest
@RecordApplicationEvents
class PasswordRecoveryIntegrationTest {

    private static final String ACCOUNT = "mateo.fernandez@example.com";

    @Autowired
    private InvitationService links;
    @Autowired
    private AuthenticationManager authentication;
    @Autowired
    private ApplicationClock clock;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ApplicationEvents events;

    @BeforeEach
    void fromABrowser() {
        jdbc.sql("DELETE FROM sign_in_throttle").update();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.20");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void done() {
        RequestContextHolder.resetRequestAttributes();
        clock.reset();
    }

    @Test
    void the_link_sets_a_new_password_once_and_the_old_one_stops_working() {
        links.sendRecoveryLink(" Mateo.Fernandez@Example.com ");

        String token = onlyLink();
        assertThat(links.findInvitee(token)).hasValueSatisfying(i -> assertThat(i.email()).isEqualTo(ACCOUNT));
        assertThat(links.accept(token, "a new and long passphrase")).isEmpty();
        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(ACCOUNT,
                "a new and long passphrase")).isAuthenticated()).isTrue();
        assertThat(links.accept(token, "another long passphrase")).as("used once").containsExactly("invitation.invalid");
        restoreDemoPassword();
    }

    @Test
    void the_link_works_for_thirty_minutes() {
        links.sendRecoveryLink(ACCOUNT);
        String token = onlyLink();

        clock.travelTo(clock.instant().plus(Duration.ofMinutes(31)));

        assertThat(links.findInvitee(token)).isEmpty();
        assertThat(links.accept(token, "a new and long passphrase")).containsExactly("invitation.invalid");
    }

    @Test
    void an_address_without_an_account_gets_the_same_answer_and_no_mail() {
        links.sendRecoveryLink("nobody-at-all@example.com");
        links.sendRecoveryLink("");

        assertThat(events.stream(PasswordRecoveryRequested.class)).isEmpty();
    }

    @Test
    void requests_are_limited_per_address_and_client() {
        for (int i = 0; i < 7; i++) {
            links.sendRecoveryLink(ACCOUNT);
        }

        assertThat(events.stream(PasswordRecoveryRequested.class)).as("5 in 15 minutes").hasSize(5);
    }

    private String onlyLink() {
        List<PasswordRecoveryRequested> sent = events.stream(PasswordRecoveryRequested.class).toList();
        assertThat(sent).singleElement().satisfies(e -> assertThat(e.path()).startsWith(InvitationService.PATH + "/"));
        return sent.getFirst().path().substring(InvitationService.PATH.length() + 1);
    }

    private void restoreDemoPassword() {
        links.sendRecoveryLink(ACCOUNT);
        List<PasswordRecoveryRequested> sent = events.stream(PasswordRecoveryRequested.class).toList();
        assertThat(links.accept(sent.getLast().path().substring(InvitationService.PATH.length() + 1),
                DemoOrganisation.PASSWORD)).isEmpty();
    }
}
