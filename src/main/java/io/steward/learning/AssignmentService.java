package io.steward.learning;

import io.steward.base.ApiCaller;
import io.steward.base.CurrentUser;
import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.content.ContentService;
import io.steward.directory.Audience;
import io.steward.directory.Audiences;
import io.steward.learning.domain.AssignmentRule;
import io.steward.learning.domain.AssignmentRuleRepository;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR assigns modules to audiences through rules, changes and retires them; each person has one assignment per
 * module, however often it is assigned, reopened for each new cycle. Exemptions are {@link AllowanceService}'s.
 */
@Service
public class AssignmentService {

    /** The field a problem with the due date names: exactly one of the two must be given. */
    static final String DUE_FIELDS = "dueInDays/dueDate/dueDaysAfterHire";

    private final AssignmentRuleRepository rules;
    private final Audiences audiences;
    private final AssignmentCycle cycle;
    private final ContentService content;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final RuleHistory history;
    private final Clock clock;

    AssignmentService(AssignmentRuleRepository rules, Audiences audiences, AssignmentCycle cycle,
            ContentService content, CurrentUser currentUser, JdbcClient jdbc, ApplicationEventPublisher events,
            RuleHistory history, Clock clock) {
        this.rules = rules;
        this.audiences = audiences;
        this.cycle = cycle;
        this.content = content;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.events = events;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Records the rule and assigns the module to everyone in the audience who does not have it yet; people
     * who join or move into the audience later get it too (see {@link AssignmentCycle}).
     *
     * @throws AssignmentRuleRejectedException with every problem; nothing is changed then
     */
    @RolesAllowed(Role.Names.HR)
    @Transactional
    public AssignmentRuleView assign(AssignmentRequest request) {
        List<RuleProblem> problems = check(request);
        if (!problems.isEmpty()) {
            throw new AssignmentRuleRejectedException(problems);
        }
        // A rule made over the API is the token owner's (none for the bootstrap token).
        Long creator = actor();
        AssignmentRule rule = rules.saveAndFlush(draft(request, creator));
        cycle.apply(rule, CycleReason.INITIAL, clock);
        long assigned = assignedBy(rule.getId());
        history.record(rule, rule.getCreatedAt(), creator, "assigned=" + assigned);
        return view(rule, assigned);
    }

    /**
     * What {@link #assign} would do now with the request: how many people the rule would reach, and who of them
     * would newly get the module. Nothing is changed.
     *
     * @throws AssignmentRuleRejectedException with every problem of the request
     */
    @RolesAllowed(Role.Names.HR)
    @Transactional(readOnly = true)
    public RuleChangePreview previewAssignment(AssignmentRequest request) {
        List<RuleProblem> problems = check(request);
        if (!problems.isEmpty()) {
            throw new AssignmentRuleRejectedException(problems);
        }
        AssignmentRule draft = draft(request, actor());
        return cycle.preview(draft, draft, clock);
    }

    /**
     * What changing the rule to the request's audience, due setting and renewal would do now; nothing is
     * changed. The request's module, if given, must be the rule's.
     *
     * @throws AssignmentRuleRejectedException with every problem of the request
     * @throws NoSuchElementException when there is no such rule in force
     */
    @RolesAllowed(Role.Names.HR)
    @Transactional(readOnly = true)
    public RuleChangePreview previewChange(long ruleId, AssignmentRequest request) {
        AssignmentRule rule = inForce(ruleId);
        return cycle.preview(rule, proposed(rule, request), clock);
    }

    /** What retiring the rule would do now: which open cycles would close. Nothing is changed. */
    @RolesAllowed(Role.Names.HR)
    @Transactional(readOnly = true)
    public RuleChangePreview previewRetirement(long ruleId) {
        return cycle.preview(inForce(ruleId), null, clock);
    }

    /**
     * Changes the rule's audience, due setting and renewal. People newly covered get the module; open cycles
     * no rule requires any more close; open cycles whose due date the rule now sets otherwise are superseded
     * by one due as it now says. The previous version is kept, and the change is recorded with its effect.
     *
     * @return what the change did, as {@link #previewChange} said it would
     */
    @RolesAllowed(Role.Names.HR)
    @Transactional
    public RuleChangePreview change(long ruleId, AssignmentRequest request) {
        AssignmentRule rule = inForce(ruleId);
        AssignmentRule proposed = proposed(rule, request);
        RuleChangePreview effect = cycle.preview(rule, proposed, clock);
        rule.change(proposed.getAudience(), proposed.getDueDate(), proposed.getDueInDays(),
                proposed.getDueDaysAfterHire(), proposed.getRecertification());
        rules.saveAndFlush(rule);
        history.record(rule, clock.instant(), actor(), effect.describe());
        cycle.apply(rule, CycleReason.JOINED, clock);
        cycle.supersede(rule, clock);
        cycle.reconcile(clock);
        events.publishEvent(new AssignmentRuleChanged(rule.getId(), rule.getModuleId(), false, effect));
        return effect;
    }

    /**
     * Retires the rule: it requires nobody from now on, and the open cycles no other rule requires close. The
     * rule and every version of it stay, as evidence.
     */
    @RolesAllowed(Role.Names.HR)
    @Transactional
    public RuleChangePreview retire(long ruleId) {
        AssignmentRule rule = inForce(ruleId);
        RuleChangePreview effect = cycle.preview(rule, null, clock);
        rule.retire(clock.instant(), actor());
        rules.saveAndFlush(rule);
        history.record(rule, rule.getRetiredAt(), actor(), effect.describe());
        cycle.reconcile(clock);
        events.publishEvent(new AssignmentRuleChanged(rule.getId(), rule.getModuleId(), true, effect));
        return effect;
    }

    /** The rule the request asks for, not saved yet. */
    private AssignmentRule draft(AssignmentRequest request, Long creator) {
        Recertification recertification = request.recertification() != null ? request.recertification()
                : Recertification.rolling(null);
        return new AssignmentRule(request.moduleId(), request.audience(), request.dueDate(), request.dueInDays(),
                request.dueDaysAfterHire(), recertification, creator, clock.instant());
    }

    private AssignmentRule inForce(long ruleId) {
        return rules.findById(ruleId).filter(rule -> !rule.isRetired())
                .orElseThrow(() -> new NoSuchElementException("no rule " + ruleId + " in force"));
    }

    /** The rule as the request would have it; its module cannot change. */
    private AssignmentRule proposed(AssignmentRule rule, AssignmentRequest request) {
        AssignmentRequest same = new AssignmentRequest(rule.getModuleId(), request.audience(), request.dueDate(),
                request.dueInDays(), request.dueDaysAfterHire(), request.recertification());
        List<RuleProblem> problems = new ArrayList<>(check(same));
        if (request.moduleId() != null && !request.moduleId().equals(rule.getModuleId())) {
            problems.addFirst(new RuleProblem("module", "assign.problem.moduleFixed", List.of(rule.getModuleId())));
        }
        if (!problems.isEmpty()) {
            throw new AssignmentRuleRejectedException(problems);
        }
        return rule.proposed(request.audience(), request.dueDate(), request.dueInDays(), request.dueDaysAfterHire(),
                request.recertification() != null ? request.recertification() : Recertification.rolling(null));
    }

    /** Who acts: the signed-in person, or the owner of the API token (none for the bootstrap token). */
    private Long actor() {
        return currentUser.find().map(user -> user.employeeId().value())
                .or(() -> currentUser.apiCaller().map(ApiCaller::owner).map(EmployeeId::value)).orElse(null);
    }

    /** Every problem with the request, each naming its field; empty when {@link #assign} would accept it. */
    @RolesAllowed(Role.Names.HR)
    @Transactional(readOnly = true)
    public List<RuleProblem> check(AssignmentRequest request) {
        List<RuleProblem> problems = new ArrayList<>();
        if (request.moduleId() == null || content.module(request.moduleId()).isEmpty()) {
            problems.add(new RuleProblem("module", "assign.problem.module",
                    request.moduleId() == null ? List.of() : List.of(request.moduleId())));
        }
        long dueSettings = Stream.of(request.dueDate(), request.dueInDays(), request.dueDaysAfterHire())
                .filter(Objects::nonNull).count();
        if (dueSettings != 1) {
            problems.add(new RuleProblem(DUE_FIELDS, "assign.problem.due"));
        } else if (request.dueInDays() != null && request.dueInDays() < 1) {
            problems.add(new RuleProblem("dueInDays", "assign.problem.dueInDays"));
        } else if (request.dueDaysAfterHire() != null && request.dueDaysAfterHire() < 1) {
            problems.add(new RuleProblem("dueDaysAfterHire", "assign.problem.dueDaysAfterHire"));
        } else if (request.dueDate() != null && request.dueDate().isBefore(LocalDate.now(clock))) {
            problems.add(new RuleProblem("dueDate", "assign.problem.dueDatePast"));
        }
        if (request.audience() == null
                || request.audience().type() != Audience.Type.EVERYONE && request.audience().values().isEmpty()) {
            problems.add(new RuleProblem("audience.values", "assign.problem.audience"));
        } else {
            String unknown = "assign.problem.unknown." + request.audience().type().name().toLowerCase(Locale.ROOT);
            audiences.unknownValues(request.audience())
                    .forEach(value -> problems.add(new RuleProblem("audience.values", unknown, List.of(value))));
        }
        Recertification recertification = request.recertification();
        if (recertification != null && recertification.leadDays() != null && recertification.leadDays() < 1) {
            problems.add(new RuleProblem("recertification.leadDays", "assign.problem.leadDays"));
        }
        return problems;
    }

    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<AssignmentRuleView> rules() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT rule_id, COUNT(*) FROM assignment WHERE rule_id IS NOT NULL GROUP BY rule_id")
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return rules.findAllByOrderByCreatedAtDesc().stream()
                .map(rule -> view(rule, counts.getOrDefault(rule.getId(), 0L)))
                .toList();
    }

    private long assignedBy(long ruleId) {
        return jdbc.sql("SELECT COUNT(*) FROM assignment WHERE rule_id = ?").param(ruleId).query(Long.class).single();
    }

    private static AssignmentRuleView view(AssignmentRule rule, long assignments) {
        return new AssignmentRuleView(rule.getId(), rule.getModuleId(), rule.getAudience(), rule.getDueDate(),
                rule.getDueInDays(), rule.getDueDaysAfterHire(), rule.getRecertification(), rule.getCreatedAt(),
                rule.getRetiredAt(), assignments);
    }
}
