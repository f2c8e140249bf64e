package io.steward.security;

import io.steward.directory.DirectoryService;
import io.steward.directory.SignInAccount;
import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns an identity the OpenID provider vouched for into a Steward person: the directory stays the source of
 * truth, so the identity must match an active person (on e-mail or employee number, {@link SsoSettings}). An
 * unknown or deactivated identity is refused with an error code the sign-in page explains; no account is made.
 */
class SsoAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** Error codes of a refused identity, shown on the sign-in page as {@code /login?sso=<code>}. */
    static final String UNKNOWN = "unknown_person";
    static final String DEACTIVATED = "deactivated_person";

    private final OidcUserService provider = new OidcUserService();
    private final DirectoryService directory;
    private final SsoSettings settings;

    SsoAccounts(DirectoryService directory, SsoSettings settings) {
        this.directory = directory;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = provider.loadUser(request);
        Optional<SignInAccount> account = switch (settings.claim()) {
            case EMAIL -> Optional.ofNullable(identity.getEmail()).flatMap(directory::findSignInAccount);
            case EMPLOYEE_NUMBER -> Optional.ofNullable(identity.getClaimAsString(settings.numberClaim()))
                    .flatMap(directory::findSignInAccountByNumber);
        };
        SignInAccount person = account.orElseThrow(() -> refused(UNKNOWN,
                "no person in the directory matches the identity " + identity.getSubject()));
        if (!person.active()) {
            throw refused(DEACTIVATED, "the identity " + identity.getSubject() + " is a deactivated person");
        }
        return new SsoSignedInUser(person, identity.getIdToken(), identity.getUserInfo());
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }
}
