package io.steward.learning.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    List<QuizAttempt> findByEmployeeIdAndModuleIdOrderByAttemptNumber(long employeeId, String moduleId);

    Optional<QuizAttempt> findByIdAndEmployeeId(long id, long employeeId);

    /** Locks the attempt row, so that two requests acting on one attempt take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT a FROM QuizAttempt a WHERE a.id = :id AND a.employeeId = :employeeId")
    Optional<QuizAttempt> lockByIdAndEmployeeId(@Param("id") long id, @Param("employeeId") long employeeId);

    /**
     * Scores an attempt by moving it from in progress to submitted. Returns 0 when another request got there
     * first: the state check in the WHERE clause is what makes a double submit score only once.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            UPDATE QuizAttempt a SET a.state = 'SUBMITTED', a.submittedAt = :at, a.scorePercent = :score,
                   a.passed = :passed, a.version = a.version + 1
            WHERE a.id = :id AND a.state = 'IN_PROGRESS'""")
    int submit(@Param("id") long id, @Param("at") Instant at, @Param("score") int score,
            @Param("passed") boolean passed);
}
