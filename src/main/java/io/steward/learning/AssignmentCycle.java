package io.steward.learning;

import io.steward.base.EmployeeId;
import io.steward.content.ModuleVersionFirstServed;
import io.steward.content.SemanticVersion;
import io.steward.directory.Audiences;
import io.steward.directory.DirectoryImported;
import io.steward.directory.EmployeesDeactivated;
import io.steward.learning.AssignmentsCreated.Assigned;
import io.steward.learning.domain.AssignmentRule;
import io.steward.learning.domain.AssignmentRuleRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps assignments true to the rules as people join, move and leave, completions expire and modules change,
 * and is the one writer of assignment state. Each person has one assignment row per module, its current
 * cycle; every cycle is also a row of its own in {@code assignment_cycle}, written when it opens and when it
 * ends and never overwritten after that (docs/decisions/0017). A new cycle reopens the assignment row and
 * records a new cycle; a person no rule requires any more has their open cycle closed as
 * {@link AssignmentState#NO_LONGER_REQUIRED}; completions and certificates are never touched. Every step is
 * idempotent: it only changes rows that are not yet as the rules say, with the expected state in the WHERE
 * clause, and records and announces only the rows it changed. Runs without a signed-in person, so it is no
 * service: it is called by the services ({@link AssignmentService}, {@link LearningService}, {@link QuizService},
 * {@link AllowanceService}, {@link CompletionRecorder}), the daily {@link AssignmentCycleJob} and its event
 * listeners.
 */
@Component
class AssignmentCycle {

    /** Rows recorded per statement, so that the first import of a large staff list stays within limits. */
    private static final int CHUNK = 1_000;

    private record Key(long employee, String module) {
    }

    private record Row(long id, long employee, AssignmentState state) {
    }

    /** A completed assignment with the latest completion, which may be due for a new cycle. */
    private record Completed(long id, long employee, String module, String version, Instant completedAt,
            Instant expiresAt) {

        Row row() {
            return new Row(id, employee, AssignmentState.COMPLETED);
        }
    }

    private final AssignmentRuleRepository rules;
    private final Audiences audiences;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int recertificationLeadDays;
    private final int materialChangeGraceDays;
    private final int lateGraceDays;

    AssignmentCycle(AssignmentRuleRepository rules, Audiences audiences, JdbcClient jdbc, JdbcTemplate batch,
            ApplicationEventPublisher events, Clock clock, LearningProperties properties) {
        this.rules = rules;
        this.audiences = audiences;
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
        this.clock = clock;
        this.recertificationLeadDays = (int) properties.cycle().recertificationLead().toDays();
        this.materialChangeGraceDays = (int) properties.cycle().materialChangeGrace().toDays();
        this.lateGraceDays = (int) properties.cycle().lateGrace().toDays();
    }

    /** A staff list was imported: newcomers and movers get their assignments, movers out lose open ones. */
    @EventListener
    void on(DirectoryImported event) {
        reconcile(clock);
    }

    /** Leavers' open assignments close, including those made by hand to them by name. */
    @EventListener
    void on(EmployeesDeactivated event) {
        if (event.employees().isEmpty()) {
            return;
        }
        Map<String, List<Row>> openByModule = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, employee_id, module_id, state FROM assignment
                WHERE employee_id IN (:people) AND state IN ('ASSIGNED', 'IN_PROGRESS')""")
                .param("people", event.employees().stream().map(EmployeeId::value).toList())
                .query((rs, n) -> openByModule.computeIfAbsent(rs.getString(3), m -> new ArrayList<>())
                        .add(new Row(rs.getLong(1), rs.getLong(2), AssignmentState.valueOf(rs.getString(4)))))
                .list();
        openByModule.forEach((module, ids) -> close(module, ids, clock.instant()));
    }

    /** A new major version of a module makes everyone who completed an older major take it again. */
    @EventListener
    void on(ModuleVersionFirstServed event) {
        materialChange(event.moduleId(), SemanticVersion.of(event.version()), clock);
    }

    /** Opens the rule's module for everyone in its audience who has no open or finished cycle of it. */
    @Transactional
    public void apply(AssignmentRule rule, CycleReason reason, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        // As stored (TIMESTAMP(6)), so that the rows this call inserted can be found by it.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<Long, Row> existing = rowsOf(rule.getModuleId());
        List<Long> missing = new ArrayList<>();
        List<Row> reopen = new ArrayList<>();
        for (EmployeeId person : audiences.members(rule.getAudience())) {
            Row row = existing.get(person.value());
            if (row == null) {
                missing.add(person.value());
            } else if (row.state() == AssignmentState.NO_LONGER_REQUIRED) {
                reopen.add(row);
            }
        }
        Map<Long, LocalDate> hired = hireDates(rule, missing, reopen.stream().map(Row::employee).toList());
        List<Assigned> opened = insert(rule, missing, reason, now,
                person -> due(rule, reason, today, hired.get(person)));
        List<Assigned> returned = new ArrayList<>();
        for (Row row : reopen) {
            reopen(row, AssignmentState.NO_LONGER_REQUIRED, rule, CycleReason.RETURNED, now,
                    due(rule, CycleReason.RETURNED, today, hired.get(row.employee()))).ifPresent(returned::add);
        }
        // A new rule is HR's decision and is recorded even when everyone had the module already.
        if (!opened.isEmpty() || reason == CycleReason.INITIAL) {
            events.publishEvent(new AssignmentsCreated(rule.getId(), rule.getModuleId(), reason, opened));
        }
        if (!returned.isEmpty()) {
            events.publishEvent(new AssignmentsCreated(rule.getId(), rule.getModuleId(), CycleReason.RETURNED,
                    returned));
        }
    }

    /**
     * Brings every assignment in line with the rules: people newly in an audience get the module (reason
     * {@link CycleReason#JOINED}), open assignments that no rule requires any more are closed.
     */
    @Transactional
    public void reconcile(Clock clock) {
        List<AssignmentRule> all = rules.findByRetiredAtIsNullOrderByIdAsc();
        for (AssignmentRule rule : all) {
            apply(rule, CycleReason.JOINED, clock);
        }
        Map<Key, AssignmentRule> required = required(all);
        Map<String, List<Row>> unrequired = new LinkedHashMap<>();
        // Rows without a rule were made by hand: only a deactivation closes them.
        jdbc.sql("""
                SELECT id, employee_id, module_id, state FROM assignment
                WHERE state IN ('ASSIGNED', 'IN_PROGRESS') AND rule_id IS NOT NULL""")
                .query((rs, n) -> {
                    if (!required.containsKey(new Key(rs.getLong(2), rs.getString(3)))) {
                        unrequired.computeIfAbsent(rs.getString(3), m -> new ArrayList<>())
                                .add(new Row(rs.getLong(1), rs.getLong(2), AssignmentState.valueOf(rs.getString(4))));
                    }
                    return null;
                })
                .list();
        unrequired.forEach((module, ids) -> close(module, ids, clock.instant()));
    }

    /** Opens the next cycle for completions that are about to expire, as each one's governing rule says. */
    @Transactional
    public void recertify(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Map<Key, AssignmentRule> required = required(rules.findByRetiredAtIsNullOrderByIdAsc());
        List<Opened> opened = new ArrayList<>();
        for (Completed done : completed(null)) {
            AssignmentRule rule = required.get(new Key(done.employee(), done.module()));
            if (rule == null || done.expiresAt() == null) {
                continue;
            }
            rule.getRecertification()
                    .nextCycleDue(today, done.completedAt(), done.expiresAt(), recertificationLeadDays, lateGraceDays)
                    .flatMap(due -> reopen(done.row(), AssignmentState.COMPLETED, rule,
                            CycleReason.RECERTIFICATION, clock.instant(), due))
                    .ifPresent(assigned -> opened.add(new Opened(rule, assigned)));
        }
        announce(opened, CycleReason.RECERTIFICATION);
    }

    /** Reopens, due after the grace period, the completed assignments whose last completion is an older major. */
    @Transactional
    public void materialChange(String moduleId, SemanticVersion version, Clock clock) {
        Map<Key, AssignmentRule> required = required(rules.findByModuleIdAndRetiredAtIsNullOrderByIdAsc(moduleId));
        LocalDate due = LocalDate.now(clock).plusDays(materialChangeGraceDays);
        List<Opened> opened = new ArrayList<>();
        for (Completed done : completed(moduleId)) {
            AssignmentRule rule = required.get(new Key(done.employee(), done.module()));
            boolean olderMajor = SemanticVersion.parse(done.version())
                    .map(v -> v.major() < version.major()).orElse(false);
            if (rule != null && olderMajor) {
                reopen(done.row(), AssignmentState.COMPLETED, rule, CycleReason.MATERIAL_CHANGE, clock.instant(), due)
                        .ifPresent(assigned -> opened.add(new Opened(rule, assigned)));
            }
        }
        announce(opened, CycleReason.MATERIAL_CHANGE);
    }

    private record Opened(AssignmentRule rule, Assigned assigned) {
    }

    /** An assignment row of a module with what a rule change looks at. */
    private record Held(long id, long employee, AssignmentState state, Long ruleId, CycleReason reason,
            LocalDate assignedOn, LocalDate due) {
    }

    private List<Held> heldOf(String moduleId) {
        return jdbc.sql("""
                SELECT id, employee_id, state, rule_id, cycle_reason, assigned_at, due_date FROM assignment
                WHERE module_id = ? ORDER BY employee_id""").param(moduleId)
                .query((rs, n) -> new Held(rs.getLong(1), rs.getLong(2), AssignmentState.valueOf(rs.getString(3)),
                        rs.getObject(4, Long.class), CycleReason.valueOf(rs.getString(5)),
                        LocalDate.ofInstant(rs.getTimestamp(6).toInstant(), ZoneOffset.UTC),
                        rs.getObject(7, LocalDate.class)))
                .list();
    }

    /**
     * The due date the rule sets for the row's open cycle, if the rule's due setting decides it: counted from
     * the day the person was assigned, with a joiner's grace period. A renewal is due when the completion
     * expires and a material change after its grace period, whatever the rule's due setting: empty.
     */
    private Optional<LocalDate> ruleDue(AssignmentRule rule, Held row, Map<Long, LocalDate> hired) {
        return switch (row.reason()) {
            case INITIAL, RULE_CHANGED, JOINED, RETURNED ->
                    Optional.of(due(rule, row.reason(), row.assignedOn(), hired.get(row.employee())));
            case RECERTIFICATION, MATERIAL_CHANGE -> Optional.empty();
        };
    }

    /**
     * What changing {@code current} to {@code proposed} (null: retiring it) would do now, the way
     * {@link #apply}, {@link #supersede} and {@link #reconcile} then do it. A new rule, not saved yet, is its
     * own {@code current} and {@code proposed}: it comes after every rule in force. Changes nothing.
     */
    @Transactional(readOnly = true)
    public RuleChangePreview preview(AssignmentRule current, AssignmentRule proposed, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<AssignmentRule> after = new ArrayList<>();
        for (AssignmentRule rule : rules.findByRetiredAtIsNullOrderByIdAsc()) {
            if (!rule.getId().equals(current.getId())) {
                after.add(rule);
            } else if (proposed != null) {
                after.add(proposed);
            }
        }
        if (current.getId() == null) {
            after.add(proposed);
        }
        Map<Key, AssignmentRule> required = required(after);
        List<Held> held = heldOf(current.getModuleId());
        Map<Long, LocalDate> hired = proposed == null ? Map.of()
                : hireDates(proposed, held.stream().map(Held::employee).toList(), List.of());
        Map<Long, Held> byPerson = new HashMap<>();
        held.forEach(h -> byPerson.put(h.employee(), h));
        List<Long> assigned = new ArrayList<>();
        List<EmployeeId> reached = proposed == null ? List.of() : audiences.members(proposed.getAudience());
        for (EmployeeId person : reached) {
            Held row = byPerson.get(person.value());
            if (row == null || row.state() == AssignmentState.NO_LONGER_REQUIRED) {
                assigned.add(person.value());
            }
        }
        List<Long> closed = new ArrayList<>();
        long superseded = 0;
        long overdue = 0;
        for (Held row : held) {
            if (!row.state().isOpen() || row.ruleId() == null) {
                continue;
            }
            if (!required.containsKey(new Key(row.employee(), current.getModuleId()))) {
                closed.add(row.employee());
            } else if (proposed != null && row.ruleId().equals(current.getId())) {
                Optional<LocalDate> due = ruleDue(proposed, row, hired);
                if (due.isPresent() && !due.get().equals(row.due())) {
                    superseded++;
                    overdue += due.get().isBefore(today) ? 1 : 0;
                }
            }
        }
        return new RuleChangePreview(reached.size(), assigned.size(), names(assigned), closed.size(), names(closed),
                superseded, overdue);
    }

    /** The display names of the first few people, in name order. */
    private List<String> names(List<Long> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT display_name FROM employee WHERE id IN (:ids) ORDER BY display_name, id LIMIT :n")
                .param("ids", people).param("n", RuleChangePreview.NAMES).query(String.class).list();
    }

    /**
     * After a change of the rule's due setting: each open cycle it governs whose due date it now sets otherwise
     * ({@link #ruleDue}) ends as {@code SUPERSEDED}, and the next cycle opens at once with the new due date
     * (reason {@link CycleReason#RULE_CHANGED}). Whether the person had started stays as it was.
     */
    @Transactional
    public void supersede(AssignmentRule rule, Clock clock) {
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        List<Assigned> reopened = new ArrayList<>();
        List<Held> held = heldOf(rule.getModuleId());
        Map<Long, LocalDate> hired = hireDates(rule, held.stream().map(Held::employee).toList(), List.of());
        for (Held row : held) {
            if (!row.state().isOpen() || !rule.getId().equals(row.ruleId())) {
                continue;
            }
            LocalDate due = ruleDue(rule, row, hired).orElse(row.due());
            if (due.equals(row.due())) {
                continue;
            }
            int ended = jdbc.sql("""
                    UPDATE assignment_cycle c JOIN assignment a ON a.cycle_id = c.id
                    SET c.outcome = 'SUPERSEDED', c.ended_at = ?, c.superseded_at = ?
                    WHERE a.id = ? AND a.state IN ('ASSIGNED', 'IN_PROGRESS') AND c.outcome IS NULL""")
                    .params(now, now, row.id()).update();
            if (ended != 1) {
                continue;
            }
            jdbc.sql("""
                    UPDATE assignment SET due_date = ?, cycle_reason = 'RULE_CHANGED', version = version + 1
                    WHERE id = ?""").params(due, row.id()).update();
            jdbc.sql("""
                    INSERT INTO assignment_cycle
                        (assignment_id, employee_id, module_id, rule_id, reason, opened_at, due_date)
                    SELECT id, employee_id, module_id, rule_id, cycle_reason, ?, due_date FROM assignment
                    WHERE id = ?""").params(now, row.id()).update();
            jdbc.sql("""
                    UPDATE assignment a
                    SET a.cycle_id = (SELECT MAX(c.id) FROM assignment_cycle c WHERE c.assignment_id = a.id)
                    WHERE a.id = ?""").param(row.id()).update();
            reopened.add(new Assigned(new EmployeeId(row.employee()), due));
        }
        if (!reopened.isEmpty()) {
            events.publishEvent(new AssignmentsCreated(rule.getId(), rule.getModuleId(), CycleReason.RULE_CHANGED,
                    reopened));
        }
    }

    private void announce(List<Opened> opened, CycleReason reason) {
        Map<AssignmentRule, List<Assigned>> byRule = new LinkedHashMap<>();
        opened.forEach(o -> byRule.computeIfAbsent(o.rule(), r -> new ArrayList<>()).add(o.assigned()));
        byRule.forEach((rule, assigned) ->
                events.publishEvent(new AssignmentsCreated(rule.getId(), rule.getModuleId(), reason, assigned)));
    }

    /**
     * The due date of a cycle the rule opens on {@code assignedOn} for someone hired on {@code hired} (null: not
     * known). Nobody joins already late: a newcomer under a fixed date that has passed or is nearer than the
     * grace period, and anyone whose date after hire has already come by the day assigned, get the grace
     * period. A fixed date for the people the rule covers when HR makes it is HR's own choice.
     */
    private LocalDate due(AssignmentRule rule, CycleReason reason, LocalDate assignedOn, LocalDate hired) {
        LocalDate due = rule.dueFor(assignedOn, hired);
        LocalDate earliest = assignedOn.plusDays(lateGraceDays);
        if (rule.getDueDaysAfterHire() != null) {
            return due.isAfter(assignedOn) ? due : earliest;
        }
        boolean newcomer = reason != CycleReason.INITIAL && reason != CycleReason.RULE_CHANGED;
        return newcomer && rule.getDueDate() != null && due.isBefore(earliest) ? earliest : due;
    }

    /** The hire dates a rule due after hire needs, of these people; none for other rules. */
    private Map<Long, LocalDate> hireDates(AssignmentRule rule, List<Long> people, List<Long> more) {
        if (rule.getDueDaysAfterHire() == null) {
            return Map.of();
        }
        List<Long> all = new ArrayList<>(people);
        all.addAll(more);
        return audiences.hireDates(all);
    }

    /** Who must have which module, and under which rule: the oldest rule whose audience includes them. */
    private Map<Key, AssignmentRule> required(List<AssignmentRule> rulesOldestFirst) {
        Map<Key, AssignmentRule> required = new HashMap<>();
        for (AssignmentRule rule : rulesOldestFirst) {
            for (EmployeeId person : audiences.members(rule.getAudience())) {
                required.putIfAbsent(new Key(person.value(), rule.getModuleId()), rule);
            }
        }
        return required;
    }

    private Map<Long, Row> rowsOf(String moduleId) {
        Map<Long, Row> rows = new HashMap<>();
        jdbc.sql("SELECT employee_id, id, state FROM assignment WHERE module_id = ?").param(moduleId)
                .query((rs, n) -> rows.put(rs.getLong(1),
                        new Row(rs.getLong(2), rs.getLong(1), AssignmentState.valueOf(rs.getString(3)))))
                .list();
        return rows;
    }

    /** Completed assignments (of one module, or of all when {@code moduleId} is null) with their latest completion. */
    private List<Completed> completed(String moduleId) {
        return jdbc.sql("""
                SELECT a.id, a.employee_id, a.module_id, c.module_version, c.completed_at, c.expires_at
                FROM assignment a
                JOIN completion c ON c.employee_id = a.employee_id AND c.module_id = a.module_id
                WHERE a.state = 'COMPLETED' AND (:module IS NULL OR a.module_id = :module)
                  AND NOT EXISTS (SELECT 1 FROM completion later
                                  WHERE later.employee_id = c.employee_id AND later.module_id = c.module_id
                                    AND (later.completed_at > c.completed_at
                                         OR later.completed_at = c.completed_at AND later.id > c.id))""")
                .param("module", moduleId)
                .query((rs, n) -> new Completed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Inserts the missing rows; returns those this call created (a concurrent run may have made some). */
    private List<Assigned> insert(AssignmentRule rule, List<Long> people, CycleReason reason, Instant now,
            Function<Long, LocalDate> dueOf) {
        if (people.isEmpty()) {
            return List.of();
        }
        Timestamp at = Timestamp.from(now);
        batch.batchUpdate("""
                INSERT IGNORE INTO assignment
                    (employee_id, module_id, rule_id, state, assigned_at, due_date, cycle_reason)
                VALUES (?, ?, ?, 'ASSIGNED', ?, ?, ?)""",
                people.stream().map(p -> new Object[] {p, rule.getModuleId(), rule.getId(), at, dueOf.apply(p),
                        reason.name()}).toList());
        List<Row> created = jdbc.sql("""
                SELECT id, employee_id FROM assignment
                WHERE module_id = ? AND rule_id = ? AND assigned_at = ? AND cycle_reason = ? AND cycle_id IS NULL
                ORDER BY employee_id""")
                .params(rule.getModuleId(), rule.getId(), at, reason.name())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), AssignmentState.ASSIGNED)).list();
        recordOpened(created.stream().map(Row::id).toList());
        return created.stream().map(row -> new Assigned(new EmployeeId(row.employee()), dueOf.apply(row.employee())))
                .toList();
    }

    /**
     * Each of these assignment rows has just opened a cycle: it is recorded as a row of its own, and the cycle
     * it follows, if any, stops being the current one then.
     */
    private void recordOpened(List<Long> assignments) {
        for (int from = 0; from < assignments.size(); from += CHUNK) {
            List<Long> chunk = assignments.subList(from, Math.min(assignments.size(), from + CHUNK));
            jdbc.sql("""
                    UPDATE assignment_cycle c JOIN assignment a ON a.cycle_id = c.id
                    SET c.superseded_at = a.assigned_at
                    WHERE a.id IN (:ids) AND c.superseded_at IS NULL""").param("ids", chunk).update();
            jdbc.sql("""
                    INSERT INTO assignment_cycle
                        (assignment_id, employee_id, module_id, rule_id, reason, opened_at, due_date)
                    SELECT id, employee_id, module_id, rule_id, cycle_reason, assigned_at, due_date
                    FROM assignment WHERE id IN (:ids)""").param("ids", chunk).update();
            jdbc.sql("""
                    UPDATE assignment a
                    SET a.cycle_id = (SELECT MAX(c.id) FROM assignment_cycle c WHERE c.assignment_id = a.id)
                    WHERE a.id IN (:ids)""").param("ids", chunk).update();
        }
    }

    /**
     * Ends the assignment's open cycle, if it still is open: the row takes its final state, and the cycle's own
     * row records how and when it ended, with the completion and until when it is valid ({@code expiresAt}, null
     * when it does not expire or the cycle ended otherwise). An ended cycle is never written again.
     */
    private boolean end(long assignment, AssignmentState outcome, Instant at, Long completion, Instant expiresAt,
            String exemptReason, Long exemptedBy) {
        Timestamp expires = timestampOrNull(expiresAt);
        int changed = jdbc.sql("""
                UPDATE assignment
                SET state = :outcome,
                    completed_at = CASE WHEN :outcome = 'COMPLETED' THEN :at ELSE completed_at END,
                    expires_at = CASE WHEN :outcome = 'COMPLETED' THEN :expires ELSE expires_at END,
                    closed_at = CASE WHEN :outcome = 'NO_LONGER_REQUIRED' THEN :at ELSE closed_at END,
                    exempt_reason = COALESCE(:reason, exempt_reason), version = version + 1
                WHERE id = :id AND state IN ('ASSIGNED', 'IN_PROGRESS')""")
                .param("outcome", outcome.name()).param("at", Timestamp.from(at)).param("expires", expires)
                .param("reason", exemptReason).param("id", assignment).update();
        if (changed != 1) {
            return false;
        }
        jdbc.sql("""
                UPDATE assignment_cycle c JOIN assignment a ON a.cycle_id = c.id
                SET c.outcome = ?, c.ended_at = ?, c.completion_id = ?, c.expires_at = ?, c.exempt_reason = ?,
                    c.exempted_by = ?
                WHERE a.id = ? AND c.outcome IS NULL""")
                .params(outcome.name(), Timestamp.from(at), completion, expires, exemptReason, exemptedBy, assignment)
                .update();
        return true;
    }

    /** The person opened the module or started its quiz: an assigned cycle is now in progress. */
    void start(EmployeeId person, String moduleId) {
        jdbc.sql("""
                UPDATE assignment SET state = 'IN_PROGRESS', version = version + 1
                WHERE employee_id = ? AND module_id = ? AND state = 'ASSIGNED'""")
                .params(person.value(), moduleId).update();
    }

    /**
     * The person completed the module: their open cycle, if they have one, ends with this completion. A
     * completion of a module that is already completed renews it: the row is valid until the new completion
     * expires, and the ended cycle stays as it was.
     */
    void complete(EmployeeId person, String moduleId, long completion, Instant at, Instant expiresAt) {
        Optional<Long> open = jdbc.sql("""
                SELECT id FROM assignment
                WHERE employee_id = ? AND module_id = ? AND state IN ('ASSIGNED', 'IN_PROGRESS')""")
                .params(person.value(), moduleId).query(Long.class).optional();
        if (open.isPresent()) {
            end(open.get(), AssignmentState.COMPLETED, at, completion, expiresAt, null, null);
        } else {
            jdbc.sql("""
                    UPDATE assignment SET expires_at = ?, version = version + 1
                    WHERE employee_id = ? AND module_id = ? AND state = 'COMPLETED'""")
                    .params(timestampOrNull(expiresAt), person.value(), moduleId).update();
        }
    }

    private static Timestamp timestampOrNull(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** HR exempted the person: the open cycle ends, with the reason and who decided it kept as evidence. */
    boolean exempt(long assignment, String reason, EmployeeId by, Instant at) {
        return end(assignment, AssignmentState.EXEMPTED, at, null, null, reason, by.value());
    }

    /** Opens a new cycle on the row if it is still in the expected state; the row's evidence stays untouched. */
    private Optional<Assigned> reopen(Row row, AssignmentState expected, AssignmentRule rule, CycleReason reason,
            Instant now, LocalDate due) {
        int changed = jdbc.sql("""
                UPDATE assignment
                SET state = 'ASSIGNED', rule_id = ?, cycle_reason = ?, assigned_at = ?, due_date = ?,
                    completed_at = NULL, closed_at = NULL, version = version + 1
                WHERE id = ? AND state = ?""")
                .params(rule.getId(), reason.name(), Timestamp.from(now), due, row.id(), expected.name())
                .update();
        if (changed != 1) {
            return Optional.empty();
        }
        recordOpened(List.of(row.id()));
        return Optional.of(new Assigned(new EmployeeId(row.employee()), due));
    }

    private void close(String moduleId, List<Row> open, Instant now) {
        List<EmployeeId> closed = new ArrayList<>();
        for (Row row : open) {
            if (end(row.id(), AssignmentState.NO_LONGER_REQUIRED, now, null, null, null, null)) {
                closed.add(new EmployeeId(row.employee()));
            }
        }
        if (!closed.isEmpty()) {
            events.publishEvent(new AssignmentsClosed(moduleId, closed));
        }
    }
}
