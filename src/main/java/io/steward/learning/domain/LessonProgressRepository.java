package io.steward.learning.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LessonProgressRepository extends JpaRepository<LessonProgress, LessonProgress.Key> {

    List<LessonProgress> findByIdEmployeeId(long employeeId);

    /** The row, locked until the transaction ends: one agreement at a time per person and module. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT p FROM LessonProgress p WHERE p.id = :key")
    Optional<LessonProgress> lockById(@Param("key") LessonProgress.Key key);
}
