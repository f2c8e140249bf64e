package io.steward.learning.domain;

import io.steward.learning.AssignmentSql;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    Optional<Assignment> findByEmployeeIdAndModuleId(long employeeId, String moduleId);

    List<Assignment> findByEmployeeId(long employeeId);

    @Query(nativeQuery = true, value = "SELECT COUNT(*) FROM assignment a WHERE a.employee_id = :employeeId AND "
            + AssignmentSql.OPEN + " AND a.due_date < :today")
    long countOverdue(@Param("employeeId") long employeeId, @Param("today") LocalDate today);
}
