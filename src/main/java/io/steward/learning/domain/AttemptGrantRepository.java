package io.steward.learning.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttemptGrantRepository extends JpaRepository<AttemptGrant, Long> {

    List<AttemptGrant> findByEmployeeIdAndModuleId(long employeeId, String moduleId);
}
