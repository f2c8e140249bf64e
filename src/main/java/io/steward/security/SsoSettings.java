package io.steward.security;

import java.util.Locale;
import org.springframework.util.StringUtils;

/**
 * The {@code steward.sso.*} settings ({@link SecurityProperties.Sso}; docs/sso.md), checked to fit together: the
 * OpenID provider, the claim that names a person, and whether passwords still work. Single sign-on is on when an
 * issuer is set.
 */
public class SsoSettings {

    /** Where the sign-in page's "Sign in with …" button leads (SingleSignOn's registration). */
    public static final String SIGN_IN_PATH = "/oauth2/authorization/sso";

    /** The directory field an identity is matched on. */
    public enum Claim {
        /** The {@code email} claim, matched to the person's e-mail address (ignoring case). */
        EMAIL,
        /** A claim holding the staff list's {@code employee_number}, named by {@code steward.sso.number-claim}. */
        EMPLOYEE_NUMBER
    }

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final Claim claim;
    private final String numberClaim;
    private final String providerName;
    private final boolean passwordSignIn;
    private final String breakGlassAccount;

    SsoSettings(SecurityProperties.Sso settings) {
        this.issuer = settings.issuer().strip();
        this.clientId = settings.clientId().strip();
        this.clientSecret = settings.clientSecret();
        this.claim = switch (settings.matchOn().strip().toLowerCase(Locale.ROOT)) {
            case "email" -> Claim.EMAIL;
            case "employee-number", "employee_number" -> Claim.EMPLOYEE_NUMBER;
            default -> throw new IllegalArgumentException("steward.sso.match-on (STEWARD_SSO_MATCH_ON) is '"
                    + settings.matchOn() + "'; expected email or employee-number");
        };
        this.numberClaim = settings.numberClaim().strip();
        this.providerName = settings.providerName().strip();
        this.passwordSignIn = settings.passwordSignIn();
        this.breakGlassAccount = settings.breakGlassAccount().strip();
        if (enabled() && clientId.isBlank()) {
            throw new IllegalArgumentException("steward.sso.issuer is set but steward.sso.client-id "
                    + "(STEWARD_SSO_CLIENT_ID) is not");
        }
        if (!passwordSignIn && !enabled()) {
            throw new IllegalArgumentException("steward.sso.password-sign-in is off but no OpenID provider is "
                    + "set (STEWARD_SSO_ISSUER): nobody could sign in");
        }
    }

    public boolean enabled() {
        return StringUtils.hasText(issuer);
    }

    String issuer() {
        return issuer;
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    Claim claim() {
        return claim;
    }

    String numberClaim() {
        return numberClaim;
    }

    /** Shown on the sign-in button: "Sign in with …". */
    public String providerName() {
        return providerName;
    }

    /** Whether everyone may sign in with a password; when not, only the break-glass account may. */
    public boolean passwordSignIn() {
        return passwordSignIn;
    }

    /** Whether {@code email} may sign in with a password under these settings. */
    boolean mayUsePassword(String email) {
        return passwordSignIn || (!breakGlassAccount.isEmpty() && breakGlassAccount.equalsIgnoreCase(email.strip()));
    }
}
