package io.steward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SsoSettingsTest {

    @Test
    void with_passwords_off_only_the_break_glass_account_may_use_one() {
        SsoSettings settings = settings("https://id.example.com", "email", false, "Admin@Example.com");

        assertThat(settings.mayUsePassword("admin@example.com ")).isTrue();
        assertThat(settings.mayUsePassword("employee@example.com")).isFalse();
        assertThat(settings("https://id.example.com", "email", true, "").mayUsePassword("employee@example.com"))
                .isTrue();
        assertThat(settings("https://id.example.com", "email", false, "").mayUsePassword("admin@example.com"))
                .as("no break-glass account named").isFalse();
    }

    @Test
    void settings_that_would_lock_everyone_out_or_cannot_work_are_refused_at_start() {
        assertThatThrownBy(() -> settings("", "email", false, "admin@example.com"))
                .hasMessageContaining("STEWARD_SSO_ISSUER");
        assertThatThrownBy(() -> settings("https://id.example.com", "upn", true, ""))
                .hasMessageContaining("STEWARD_SSO_MATCH_ON").hasMessageContaining("'upn'");
        assertThatThrownBy(() -> new SsoSettings(new SecurityProperties.Sso("https://id.example.com", "", "", "email",
                "employee_number", "X", true, ""))).hasMessageContaining("STEWARD_SSO_CLIENT_ID");
    }

    @Test
    void the_claim_is_email_or_the_employee_number() {
        assertThat(settings("https://id.example.com", "EMAIL", true, "").claim()).isEqualTo(SsoSettings.Claim.EMAIL);
        assertThat(settings("https://id.example.com", "employee-number", true, "").claim())
                .isEqualTo(SsoSettings.Claim.EMPLOYEE_NUMBER);
        assertThat(settings("", "email", true, "").enabled()).isFalse();
    }

    private static SsoSettings settings(String issuer, String matchOn, boolean passwords, String breakGlass) {
        return new SsoSettings(new SecurityProperties.Sso(issuer, "steward", "secret", matchOn, "employee_number",
                "Acme", passwords, breakGlass));
    }
}
