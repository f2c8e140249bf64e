package io.steward.learning;

import io.steward.base.CurrentUser;
import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.base.SignedInUser;
import io.steward.content.ContentService;
import io.steward.directory.DirectoryService;
import io.steward.learning.domain.Assignment;
import io.steward.learning.domain.AssignmentRepository;
import io.steward.learning.domain.AttemptGrant;
import io.steward.learning.domain.AttemptGrantRepository;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What HR, or a manager for their own people, allows one person: an exemption from a module (with the reason
 * kept as evidence), or more quiz attempts than the module allows.
 */
@Service
public class AllowanceService {

    private final AssignmentRepository assignments;
    private final AttemptGrantRepository grants;
    private final AssignmentCycle cycle;
    private final ContentService content;
    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AllowanceService(AssignmentRepository assignments, AttemptGrantRepository grants, AssignmentCycle cycle,
            ContentService content, DirectoryService directory, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.grants = grants;
        this.cycle = cycle;
        this.content = content;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Exempts a person from a module they were assigned, with the reason kept as evidence. Only HR decides
     * exemptions; a manager grants extra attempts at most ({@link #grantAttempts}).
     *
     * @return message keys of the problems; empty when the person was exempted
     */
    @RolesAllowed(Role.Names.HR)
    @Transactional
    public List<String> exempt(EmployeeId person, String moduleId, String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of("exempt.problem.reason");
        }
        Optional<Assignment> assignment = assignments.findByEmployeeIdAndModuleId(person.value(), moduleId);
        if (assignment.isEmpty()) {
            return List.of("exempt.problem.notAssigned");
        }
        if (!assignment.get().getState().isOpen()) {
            return List.of("exempt.problem.closed");
        }
        if (!cycle.exempt(assignment.get().getId(), reason.strip(), currentUser.require().employeeId(),
                clock.instant())) {
            return List.of("exempt.problem.closed");
        }
        events.publishEvent(new AssignmentExempted(person, moduleId));
        return List.of();
    }

    /** HR, or the person's manager, allows more attempts after the module's limit was reached. */
    @RolesAllowed({Role.Names.HR, Role.Names.MANAGER})
    @Transactional
    public void grantAttempts(EmployeeId person, String moduleId, int extra, String reason) {
        SignedInUser granter = currentUser.require();
        if (!granter.has(Role.HR) && !directory.isInMyReportingLine(person)) {
            throw new AccessDeniedException("not in your reporting line");
        }
        if (extra < 1 || extra > 10 || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("grant between 1 and 10 attempts, with a reason");
        }
        if (content.module(moduleId).isEmpty()) {
            throw new NoSuchElementException("no module " + moduleId);
        }
        grants.save(new AttemptGrant(person.value(), moduleId, extra, reason.strip(), granter.employeeId().value(),
                clock.instant()));
        events.publishEvent(new AttemptsGranted(person, moduleId, extra));
    }
}
