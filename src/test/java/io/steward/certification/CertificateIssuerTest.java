package io.steward.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateIssuerTest {

    private final CertificateIssuer issuer = new CertificateIssuer(null, Clock.systemUTC());

    @Test
    void codes_are_five_groups_of_unambiguous_characters() {
        String code = issuer.newCode();

        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}");
    }

    @Test
    void codes_do_not_repeat_and_are_not_sequential() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(issuer.newCode());
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void the_holder_is_shown_as_initials_to_strangers() {
        assertThat(CertificateService.initials("Isabel  Garcia")).isEqualTo("I. G.");
        assertThat(CertificateService.initials("zoë o'brien")).isEqualTo("Z. O.");
        assertThat(CertificateService.initials("Åsa")).isEqualTo("Å.");
    }
}
