package io.steward.learning.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRuleRepository extends JpaRepository<AssignmentRule, Long> {

    List<AssignmentRule> findAllByOrderByCreatedAtDesc();

    /** Oldest first: where several rules require the same module of a person, the oldest one governs. */
    List<AssignmentRule> findAllByOrderByIdAsc();

    List<AssignmentRule> findByModuleIdOrderByIdAsc(String moduleId);
}
