package io.steward.learning.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRuleRepository extends JpaRepository<AssignmentRule, Long> {

    List<AssignmentRule> findAllByOrderByCreatedAtDesc();

    /**
     * The rules in force, oldest first: where several rules require the same module of a person, the oldest
     * one governs. Retired rules require nothing.
     */
    List<AssignmentRule> findByRetiredAtIsNullOrderByIdAsc();

    List<AssignmentRule> findByModuleIdAndRetiredAtIsNullOrderByIdAsc(String moduleId);
}
