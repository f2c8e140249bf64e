package io.steward.learning.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompletionRepository extends JpaRepository<Completion, Long> {

    Optional<Completion> findByAttemptId(long attemptId);

    List<Completion> findByEmployeeIdOrderByCompletedAtDesc(long employeeId);

    Optional<Completion> findFirstByEmployeeIdAndModuleIdOrderByCompletedAtDesc(long employeeId, String moduleId);
}
