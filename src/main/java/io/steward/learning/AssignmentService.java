package io.steward.learning;

import io.steward.base.CurrentUser;
import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.content.ContentService;
import io.steward.directory.Audience;
import io.steward.directory.DirectoryService;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR assigns modules to audiences; each person gets one assignment per module, however often it is assigned. */
@Service
public class AssignmentService {

    private final AssignmentRuleRepository rules;
    private final DirectoryService directory;
    private final ContentService content;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    AssignmentService(AssignmentRuleRepository rules, DirectoryService directory,
            ContentService content, CurrentUser currentUser, JdbcClient jdbc, Clock clock) {
        this.rules = rules;
        this.directory = directory;
        this.content = content;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
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
        for (EmployeeId person : directory.members(request.audience())) {
            assignIfAbsent(person, rule, now, due);
        }
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

    private void assignIfAbsent(EmployeeId person, AssignmentRule rule, Instant now, LocalDate due) {
        // INSERT IGNORE on the (employee, module) unique key keeps this idempotent under concurrency too.
        jdbc.sql("""
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
