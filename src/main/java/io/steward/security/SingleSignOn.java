package io.steward.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import io.steward.directory.DirectoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sign-in through the company's OpenID provider (docs/sso.md): the authorization code flow with PKCE and a
 * nonce, the ID token checked by Spring Security's OAuth2 client (signature, issuer, audience, expiry), the
 * identity matched to an active person of the directory ({@link SsoAccounts}), and sign-out at the provider
 * too where it offers an end-session endpoint. The provider is found from its issuer on first use, so Steward
 * starts while the provider is unreachable.
 */
@Component
class SingleSignOn implements ClientRegistrationRepository {

    /** The registration's id, in the paths {@code /oauth2/authorization/sso} and {@code /login/oauth2/code/sso}. */
    static final String REGISTRATION = "sso";

    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    private final SsoSettings settings;
    private final SsoAccounts accounts;
    private volatile ClientRegistration registration;

    SingleSignOn(SsoSettings settings, DirectoryService directory) {
        this.settings = settings;
        this.accounts = new SsoAccounts(directory, settings);
    }

    boolean enabled() {
        return settings.enabled();
    }

    @Override
    public ClientRegistration findByRegistrationId(String id) {
        if (!enabled() || !REGISTRATION.equals(id)) {
            return null;
        }
        ClientRegistration found = registration;
        if (found == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                found = registration;
            }
        }
        return found;
    }

    private ClientRegistration discover() {
        ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(settings.issuer())
                .registrationId(REGISTRATION)
                .clientId(settings.clientId())
                .clientName(settings.providerName())
                .scope("openid", "email", "profile")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}");
        if (StringUtils.hasText(settings.clientSecret())) {
            builder.clientSecret(settings.clientSecret());
        } else {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        ClientRegistration found = builder.build();
        log.info("Single sign-on through {} (client {})", settings.issuer(), settings.clientId());
        return found;
    }

    /** Checks the provider's answer and turns it into a signed-in person; part of the one AuthenticationManager. */
    AuthenticationProvider authenticationProvider() {
        return new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
                accounts);
    }

    /**
     * Adds the provider's sign-in to the web chain: the sign-in page stays Steward's own, and a refused or failed
     * sign-in comes back to it with {@code ?sso=<error code>}.
     */
    void configure(HttpSecurity http) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(this,
                "/oauth2/authorization");
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(this)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                .failureHandler((request, response, exception) -> {
                    String code = exception instanceof OAuth2AuthenticationException refused
                            ? refused.getError().getErrorCode() : "";
                    log.info("Single sign-on refused: {}", exception.getMessage());
                    response.sendRedirect(request.getContextPath() + "/login?sso=" + switch (code) {
                        case SsoAccounts.UNKNOWN -> "unknown";
                        case SsoAccounts.DEACTIVATED -> "deactivated";
                        default -> "failed";
                    });
                }));
    }

    /**
     * After sign-out: a person who came through the provider is sent to its end-session endpoint with their ID
     * token, and from there back to Steward's sign-in page; anyone else straight to the sign-in page.
     */
    LogoutSuccessHandler logoutSuccessHandler() {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(this);
        handler.setPostLogoutRedirectUri("{baseUrl}/login");
        handler.setDefaultTargetUrl("/login");
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }
}
