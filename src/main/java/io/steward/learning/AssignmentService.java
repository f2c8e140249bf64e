package io.steward.learning;

import io.steward.base.CurrentUser;
import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.content.ContentService;
import io.steward.directory.Audience;
import io.steward.directory.DirectoryService;
import io.steward.learning.domain.Assignment;
import io.steward.learning.domain.AssignmentRepository;
import io.steward.learning.domain.AssignmentRule;
import io.steward.learning.domain.AssignmentRuleRepository;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR assigns modules to audiences; each person gets one assignment per module, however often it is assigned. */
@Service
public class AssignmentService {

    private final AssignmentRuleRepository rules;
    private final AssignmentRepository assignments;
    private final DirectoryService directory;
    private final ContentService content;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentService(AssignmentRuleRepository rules, AssignmentRepository assignments, DirectoryService directory,
            ContentService content, CurrentUser currentUser, JdbcClient jdbc, ApplicationEventPublisher events,
            Clock clock) {
        this.rules = rules;
        this.assignments = assignments;
        this.directory = directory;
        this.content = content;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the rule and assigns the module to everyone in the audience who does not have it yet.
     *
     * @return message keys of the problems; empty when the module was assigned
     */
    @RolesAllowed(Role.Names.HR)
    @Transactional
    public List<String> assign(AssignmentRequest request) {
        List<String> problems = problems(request);
        if (!problems.isEmpty()) {
            return problems;
        }
        Instant now = clock.instant();
        AssignmentRule rule = rules.save(new AssignmentRule(request.moduleId(), request.audience(),
                request.dueDate(), request.dueInDays(), currentUser.require().employeeId().value(), now));
        LocalDate due = rule.dueFor(LocalDate.now(clock));
        int created = 0;
        for (EmployeeId person : directory.members(request.audience())) {
            created += assignIfAbsent(person, rule, now, due);
        }
        events.publishEvent(new AssignmentsCreated(rule.getId(), rule.getModuleId(), request.audience().type(),
                created));
        return List.of();
    }

    /**
     * Exempts a person from a module they were assigned, with the reason kept as evidence.
     *
     * @return message keys of the problems; empty when the person was exempted
     */
    @RolesAllowed(Role.Names.HR)
    @Transactional
    public List<String> exempt(String employeeNumber, String moduleId, String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of("exempt.problem.reason");
        }
        List<EmployeeId> person = directory.members(new Audience(Audience.Type.EMPLOYEES, List.of(employeeNumber)));
        Optional<Assignment> assignment = person.stream().findFirst()
                .flatMap(id -> assignments.findByEmployeeIdAndModuleId(id.value(), moduleId));
        if (assignment.isEmpty()) {
            return List.of("exempt.problem.notAssigned");
        }
        if (!assignment.get().getState().isOpen()) {
            return List.of("exempt.problem.closed");
        }
        assignment.get().exempt(reason.strip());
        events.publishEvent(new AssignmentExempted(person.getFirst(), moduleId));
        return List.of();
    }

    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<AssignmentRuleView> rules() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT rule_id, COUNT(*) FROM assignment WHERE rule_id IS NOT NULL GROUP BY rule_id")
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return rules.findAllByOrderByCreatedAtDesc().stream()
                .map(rule -> new AssignmentRuleView(rule.getId(), rule.getModuleId(), rule.getAudience(),
                        rule.getDueDate(), rule.getDueInDays(), rule.getCreatedAt(),
                        counts.getOrDefault(rule.getId(), 0L)))
                .toList();
    }

    /** @return 1 when the person got the assignment, 0 when they had it already */
    private int assignIfAbsent(EmployeeId person, AssignmentRule rule, Instant now, LocalDate due) {
        // INSERT IGNORE on the (employee, module) unique key keeps this idempotent under concurrency too.
        return jdbc.sql("""
                INSERT IGNORE INTO assignment (employee_id, module_id, rule_id, state, assigned_at, due_date)
                VALUES (?, ?, ?, 'ASSIGNED', ?, ?)""")
                .params(person.value(), rule.getModuleId(), rule.getId(), Timestamp.from(now), due)
                .update();
    }

    private List<String> problems(AssignmentRequest request) {
        List<String> problems = new ArrayList<>();
        if (request.moduleId() == null || content.module(request.moduleId()).isEmpty()) {
            problems.add("assign.problem.module");
        }
        if ((request.dueDate() == null) == (request.dueInDays() == null)) {
            problems.add("assign.problem.due");
        } else if (request.dueInDays() != null && request.dueInDays() < 1) {
            problems.add("assign.problem.dueInDays");
        } else if (request.dueDate() != null && request.dueDate().isBefore(LocalDate.now(clock))) {
            problems.add("assign.problem.dueDatePast");
        }
        if (request.audience() == null
                || request.audience().type() != Audience.Type.EVERYONE
                && request.audience().values().isEmpty()) {
            problems.add("assign.problem.audience");
        }
        return problems;
    }
}
