package io.steward.certification;

import io.steward.base.PersonErased;
import io.steward.base.PersonalData;
import io.steward.base.Retention;
import io.steward.base.RetentionPolicy;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certification's part in a person's privacy: their certificates under "My data", deleted with the rest of the
 * evidence, and on erasure the holder's name removed while the certificate itself stays verifiable.
 */
@Configuration
class CertificateRecords {

    private static final String KIND = "certificates";

    private final JdbcClient jdbc;

    CertificateRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    PersonalData.Source certificatesSource() {
        return PersonalData.query(KIND, RetentionPolicy.EVIDENCE, List.of("code", "module", "version", "scorePercent",
                "completedAt", "expiresAt", "issuedAt"), jdbc, """
                SELECT code, module_title, module_version, score_percent, completed_at, expires_at, issued_at
                FROM certificate WHERE employee_id = :person ORDER BY issued_at, id""");
    }

    /** Runs before learning deletes the completions the certificates refer to. */
    @Bean
    @Order(10)
    Retention.Task certificatesRetention(RetentionPolicy policy, JdbcTemplate jdbcTemplate) {
        return Retention.deleting(KIND, RetentionPolicy.EVIDENCE, policy, jdbcTemplate,
                "FROM certificate WHERE completed_at <= :cutoff", "id", "DELETE FROM certificate WHERE id = ?");
    }

    /** An empty holder name means "erased on request"; the verify page says so instead of a name. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonErased event) {
        jdbc.sql("UPDATE certificate SET holder_name = '' WHERE employee_id = ?").param(event.person().value())
                .update();
    }
}
