package io.steward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import demoprovider.DemoIdentityProvider;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.DirectoryService;
import io.steward.support.IntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Single sign-on against the real demo OpenID provider, over plain HTTP: every redirect of the authorization
 * code flow is followed by hand, so each step can be looked at. Steward is reached on 127.0.0.1, the loopback
 * address the provider accepts callbacks on.
 */
@IntegrationTest
class SingleSignOnIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DirectoryService directory;

    @Test
    void a_person_of_the_directory_is_signed_in_with_pkce_and_a_nonce() throws Exception {
        Flow flow = new Flow();

        String authorize = flow.start();
        assertThat(authorize).startsWith(issuer() + "/oauth2/authorize").contains("code_challenge=",
                "code_challenge_method=S256", "nonce=", "client_id=" + DemoIdentityProvider.CLIENT_ID);
        String landing = flow.finish(authorize, DemoOrganisation.EMPLOYEE);

        assertThat(landing).isEqualTo(steward("/"));
        assertThat(flow.status("/certificates/none")).as("a signed-in page, not the sign-in page").isNotEqualTo(302);
        assertThat(lastSignIn()).isEqualTo("SUCCESS");
    }

    @Test
    void an_identity_the_directory_does_not_know_gets_no_account() throws Exception {
        Flow flow = new Flow();

        assertThat(flow.finish(flow.start(), DemoIdentityProvider.STRANGER)).isEqualTo(steward("/login?sso=unknown"));
        assertThat(flow.status("/certificates/none")).as("still signed out").isEqualTo(302);
        assertThat(lastSignIn()).isEqualTo("FAILURE");
    }

    @Test
    void a_deactivated_person_is_refused() throws Exception {
        jdbc.sql("UPDATE employee SET active = FALSE WHERE email = ?").param(DemoIdentityProvider.LEAVER).update();
        try {
            Flow flow = new Flow();
            assertThat(flow.finish(flow.start(), DemoIdentityProvider.LEAVER))
                    .isEqualTo(steward("/login?sso=deactivated"));
            assertThat(flow.status("/certificates/none")).isEqualTo(302);
        } finally {
            jdbc.sql("UPDATE employee SET active = TRUE WHERE email = ?").param(DemoIdentityProvider.LEAVER).update();
        }
    }

    @Test
    void an_id_token_for_another_client_or_an_expired_one_is_refused() throws Exception {
        for (String identity : new String[] {DemoIdentityProvider.WRONG_AUDIENCE, DemoIdentityProvider.EXPIRED}) {
            Flow flow = new Flow();
            assertThat(flow.finish(flow.start(), identity)).as(identity).isEqualTo(steward("/login?sso=failed"));
            assertThat(flow.status("/certificates/none")).as(identity).isEqualTo(302);
        }
    }

    @Test
    void a_provider_answer_replayed_signs_no_one_in() throws Exception {
        Flow victim = new Flow();
        String authorize = victim.start();
        String callback = victim.untilCallback(authorize, DemoOrganisation.EMPLOYEE);
        assertThat(victim.location(victim.get(callback))).isEqualTo(steward("/"));

        assertThat(victim.location(victim.get(callback))).as("the same answer again, in the same browser")
                .isEqualTo(steward("/login?sso=failed"));
        Flow attacker = new Flow();
        attacker.start();
        assertThat(attacker.location(attacker.get(callback))).as("the answer in another browser")
                .isEqualTo(steward("/login?sso=failed"));
        assertThat(attacker.status("/certificates/none")).isEqualTo(302);
    }

    @Test
    void matched_on_the_employee_number_the_e_mail_claim_does_not_matter() {
        SsoSettings byNumber = new SsoSettings(new SecurityProperties.Sso("http://localhost/issuer", "steward", "",
                "employee-number", "employee_number", "Acme", true, ""));
        ClientRegistration registration = ClientRegistration.withRegistrationId("sso").clientId("steward")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/sso").scope("openid")
                .authorizationUri("http://localhost/authorize").tokenUri("http://localhost/token")
                .jwkSetUri("http://localhost/jwks").build();
        Instant now = Instant.now();
        OidcIdToken token = new OidcIdToken("id-token", now, now.plusSeconds(300), Map.of("iss",
                "http://localhost/issuer", "sub", "someone", "aud", List.of("steward"), "employee_number", "E1020",
                "email", "someone.else@elsewhere.example"));
        OidcUserRequest request = new OidcUserRequest(registration, new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300)), token);

        OidcUser person = new SsoAccounts(directory, byNumber).loadUser(request);

        assertThat(person.getName()).isEqualTo(DemoOrganisation.EMPLOYEE);
        assertThatThrownBy(() -> new SsoAccounts(directory, byNumber).loadUser(new OidcUserRequest(registration,
                request.getAccessToken(), new OidcIdToken("id-token", now, now.plusSeconds(300), Map.of("sub",
                "someone", "employee_number", "E9999")))))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("no person");
    }

    private String issuer() {
        return DemoIdentityProvider.start(0, steward(""));
    }

    private String steward(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private String lastSignIn() {
        return jdbc.sql("SELECT outcome FROM audit_entry WHERE action = 'SIGN_IN' ORDER BY id DESC LIMIT 1")
                .query(String.class).single();
    }

    /** One browser: its own cookies for Steward and the provider, redirects followed by hand. */
    private final class Flow {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** Asks Steward to sign in through the provider; returns the provider's authorization URL. */
        String start() throws IOException, InterruptedException {
            return location(get(steward("/oauth2/authorization/sso")));
        }

        /** Signs in at the provider and hands its answer to Steward; returns where Steward sends the browser. */
        String finish(String authorize, String identity) throws IOException, InterruptedException {
            return location(get(untilCallback(authorize, identity)));
        }

        /** Signs in at the provider's own sign-in page; returns the callback to Steward, not yet followed. */
        String untilCallback(String authorize, String identity) throws IOException, InterruptedException {
            String signInPage = location(get(authorize));
            HttpResponse<String> form = get(signInPage);
            Matcher csrf = CSRF.matcher(form.body());
            assertThat(csrf.find()).as("the provider's sign-in form").isTrue();
            String body = "username=" + encode(identity) + "&password=" + encode(DemoOrganisation.PASSWORD)
                    + "&_csrf=" + encode(csrf.group(1));
            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(signInPage))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String next = location(signedIn);
            while (!next.startsWith(steward("/login/oauth2/code/"))) {
                next = location(get(next));
            }
            return next;
        }

        int status(String path) throws IOException, InterruptedException {
            return get(steward(path)).statusCode();
        }

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String location(HttpResponse<String> response) {
            assertThat(response.statusCode()).as("a redirect from " + response.uri() + ", not: " + response.body())
                    .isBetween(301, 303);
            return response.uri().resolve(response.headers().firstValue("Location").orElseThrow()).toString();
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
