package io.steward.certification;

import io.steward.certification.domain.Certificate;
import io.steward.certification.domain.CertificateRepository;
import io.steward.learning.ModuleCompleted;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Issues the certificate in the same transaction as the completion, so that no completion is ever without
 * one: a failure here rolls the completion back too.
 */
@Component
class CertificateIssuer {

    /** Crockford's base-32 alphabet: no I, L, O or U, so codes read aloud or typed are not confused. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    /** 25 characters of base 32 = 125 random bits: not guessable, not sequential. */
    private static final int CODE_LENGTH = 25;

    private final CertificateRepository certificates;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CertificateIssuer(CertificateRepository certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    @EventListener
    void on(ModuleCompleted completed) {
        certificates.save(new Certificate(newCode(), completed.completionId(), completed.employeeId().value(),
                completed.employeeName(), completed.moduleId(), completed.moduleTitle(), completed.moduleVersion(),
                completed.scorePercent(), completed.completedAt(), completed.expiresAt(), clock.instant()));
    }

    String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH + CODE_LENGTH / 5);
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
