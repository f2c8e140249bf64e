package io.steward.learning.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    Optional<Assignment> findByEmployeeIdAndModuleId(long employeeId, String moduleId);

    List<Assignment> findByEmployeeId(long employeeId);
}
