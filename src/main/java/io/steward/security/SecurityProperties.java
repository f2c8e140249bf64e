package io.steward.security;

import io.steward.base.SettingChecks;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signing in: single sign-on, passwords, the sign-in throttle and one-time links ({@code steward.sso.*},
 * {@code steward.login.*}, {@code steward.invitation.*}, {@code steward.recovery.*}, {@code steward.security.*};
 * docs/sso.md, docs/security.md).
 *
 * @param sso Single sign-on with the company's OpenID provider; off while no issuer is set.
 * @param login The sign-in throttle.
 * @param invitation The links that let new people choose their password.
 * @param recovery The links that let people choose a new password.
 * @param security The HTTP response headers.
 */
@ConfigurationProperties("steward")
public record SecurityProperties(@DefaultValue Sso sso, @DefaultValue Login login,
        @DefaultValue Invitation invitation, @DefaultValue Recovery recovery, @DefaultValue Http security) {

    /**
     * Single sign-on (docs/sso.md); {@link SsoSettings} checks that the values fit together.
     *
     * @param issuer The OpenID provider's issuer URL; single sign-on is on when it is set.
     * @param clientId Steward's client id at the OpenID provider.
     * @param clientSecret Steward's client secret at the OpenID provider.
     * @param matchOn What names a person: email (the email claim) or employee-number (the claim named by number-claim).
     * @param numberClaim The claim that holds the staff list's employee number, when matching on employee-number.
     * @param providerName The provider's name on the sign-in button: "Sign in with ...".
     * @param passwordSignIn Whether everyone may sign in with a password; off, only the break-glass account may.
     * @param breakGlassAccount The e-mail address that may still sign in with a password when passwords are off.
     */
    public record Sso(@DefaultValue("") String issuer, @DefaultValue("") String clientId,
            @DefaultValue("") String clientSecret, @DefaultValue("email") String matchOn,
            @DefaultValue("employee_number") String numberClaim,
            @DefaultValue("your company account") String providerName,
            @DefaultValue("true") boolean passwordSignIn, @DefaultValue("") String breakGlassAccount) {
    }

    /**
     * The sign-in throttle (docs/decisions/0020-sign-in-throttling-in-the-database.md).
     *
     * @param maxFailures Failed sign-ins of one account name from one client, within the window, that lock that name
     *        from that client.
     * @param maxClientFailures Failed sign-ins from one client, whatever the names, within the window, that lock that
     *        client.
     * @param failureWindow How long failures are counted together.
     * @param lockDuration How long a lock lasts.
     */
    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxClientFailures,
            @DefaultValue("PT15M") Duration failureWindow, @DefaultValue("PT15M") Duration lockDuration) {

        public Login {
            SettingChecks.atLeast("steward.login.max-failures", maxFailures, 1);
            SettingChecks.atLeast("steward.login.max-client-failures", maxClientFailures, 1);
            SettingChecks.positive("steward.login.failure-window", failureWindow);
            SettingChecks.positive("steward.login.lock-duration", lockDuration);
        }
    }

    /**
     * Invitations.
     *
     * @param validity How long the link a new person gets to choose their password stays valid.
     */
    public record Invitation(@DefaultValue("P14D") Duration validity) {

        public Invitation {
            SettingChecks.positive("steward.invitation.validity", validity);
        }
    }

    /**
     * Password recovery.
     *
     * @param validity How long a link to choose a new password stays valid.
     */
    public record Recovery(@DefaultValue("PT30M") Duration validity) {

        public Recovery {
            SettingChecks.positive("steward.recovery.validity", validity);
        }
    }

    /**
     * HTTP response headers.
     *
     * @param hsts Whether responses tell browsers to use HTTPS only (Strict-Transport-Security); off only for
     *        plain-http trials.
     */
    public record Http(@DefaultValue("true") boolean hsts) {
    }
}
