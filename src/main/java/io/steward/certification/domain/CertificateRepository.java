package io.steward.certification.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    Optional<Certificate> findByCompletionIdAndEmployeeId(long completionId, long employeeId);
}
