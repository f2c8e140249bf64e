package io.steward.security;

import io.steward.base.SignedInUser;
import io.steward.directory.SignInAccount;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the OpenID provider: the directory's person (their roles are Steward's, not the
 * provider's), with the provider's ID token kept for signing out there too (RP-initiated logout). No password.
 */
final class SsoSignedInUser extends SignedInUser implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    SsoSignedInUser(SignInAccount account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(account.id(), account.email(), "", account.active(), account.displayName(), account.locale(),
                account.roles());
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }

    /** Their password is the provider's business, not Steward's. */
    @Override
    public boolean signsInWithPassword() {
        return false;
    }
}
