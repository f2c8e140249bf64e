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

    /**
     * A person's passed attempts whose statement they have not agreed to yet: a module with an attestation is
     * completed only by agreeing, so a pass that no completion of its module followed (the attempt's own, or a
     * later one) is one step from done. Newest first.
     */
    @Query("""
            SELECT a FROM QuizAttempt a
            WHERE a.employeeId = :employeeId AND a.state = 'SUBMITTED' AND a.passed = true AND a.attestation IS NOT NULL
              AND NOT EXISTS (SELECT c.id FROM Completion c
                              WHERE c.employeeId = a.employeeId AND c.moduleId = a.moduleId
                                AND c.completedAt >= a.startedAt)
            ORDER BY a.startedAt DESC""")
    List<QuizAttempt> findAwaitingStatement(@Param("employeeId") long employeeId);

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
