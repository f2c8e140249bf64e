package io.steward.reporting.domain;

import io.steward.reporting.ReportFilter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Who a report is about and which assignments count, as SQL: a {@code people} common table expression (a
 * manager's whole reporting line, found by the database, or everyone) and conditions on {@code e} (employee)
 * and {@code a} (assignment). Values always travel as named parameters, never inside the SQL text.
 */
public final class Criteria {

    /** Deeper than any real organisation; stops a corrupt reporting loop from running forever. */
    private static final int MAX_DEPTH = 64;
    /** Assignments still to be done. */
    static final String OPEN = "a.state IN ('ASSIGNED', 'IN_PROGRESS')";
    /**
     * Current assignments: the ones a completion rate is over. Listed, never "not exempted", so that a state
     * added later (an assignment no longer required, say) counts nowhere until a report decides where it goes.
     */
    static final String CURRENT = "a.state IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED')";
    /** Assignments that exist for a person at all: current ones and exemptions (the exceptions). */
    static final String HELD = "a.state IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'EXEMPTED')";

    private final Long root;
    private final StringBuilder employees = new StringBuilder("e.active");
    private final StringBuilder assignments = new StringBuilder("TRUE");
    private final Map<String, Object> params = new HashMap<>();

    private Criteria(Long root, ReportFilter filter, Instant now, LocalDate today) {
        this.root = root;
        params.put("today", today);
        params.put("now", Timestamp.from(now));
        if (root != null) {
            params.put("root", root);
            params.put("maxDepth", MAX_DEPTH);
        }
        if (filter.department() != null) {
            add(employees, "e.department_id = (SELECT dep.id FROM department dep WHERE dep.name = :department)",
                    "department", filter.department());
        }
        if (filter.moduleId() != null) {
            add(assignments, "a.module_id = :moduleId", "moduleId", filter.moduleId());
        }
        if (filter.dueFrom() != null) {
            add(assignments, "a.due_date >= :dueFrom", "dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            add(assignments, "a.due_date <= :dueTo", "dueTo", filter.dueTo());
        }
        if (filter.state() != null) {
            assignments.append(" AND ").append(switch (filter.state()) {
                case OPEN -> OPEN;
                case OVERDUE -> OPEN + " AND a.due_date < :today";
                case COMPLETED -> "a.state = 'COMPLETED'";
                case EXEMPTED -> "a.state = 'EXEMPTED'";
            });
        }
    }

    private Criteria(Criteria original) {
        this.root = original.root;
        this.employees.setLength(0);
        this.employees.append(original.employees);
        this.assignments.setLength(0);
        this.assignments.append(original.assignments);
        this.params.putAll(original.params);
    }

    /** Everyone below {@code manager}, directly or indirectly, narrowed by the filter. */
    public static Criteria below(long manager, ReportFilter filter, Instant now, LocalDate today) {
        return new Criteria(manager, filter, now, today);
    }

    /** The whole organisation, or the line of the filter's manager, narrowed by the filter. */
    public static Criteria organisation(ReportFilter filter, Instant now, LocalDate today) {
        return new Criteria(filter.managerId(), filter, now, today);
    }

    private void add(StringBuilder conditions, String condition, String name, Object value) {
        conditions.append(" AND ").append(condition);
        params.put(name, value);
    }

    /** True when the population is one reporting line rather than the organisation. */
    boolean isLine() {
        return root != null;
    }

    /** The {@code WITH} clause that defines {@code people (id)}. */
    String with() {
        return root == null ? "WITH people (id) AS (SELECT id FROM employee)\n" : """
                WITH RECURSIVE team (id, depth) AS (
                    SELECT e.id, 1 FROM employee e WHERE e.manager_id = :root
                    UNION ALL
                    SELECT e.id, t.depth + 1 FROM employee e JOIN team t ON e.manager_id = t.id
                    WHERE t.depth < :maxDepth
                ), people (id) AS (SELECT DISTINCT id FROM team)
                """;
    }

    /** Conditions on {@code e} (employee) and {@code a} (assignment), for a {@code WHERE}. */
    String conditions() {
        return employees + " AND " + assignments;
    }

    /** Conditions on {@code e} (employee) only. */
    String employeeConditions() {
        return employees.toString();
    }

    /** Conditions on {@code a} (assignment) only, for the {@code ON} of an outer join. */
    String assignmentConditions() {
        return assignments.toString();
    }

    Map<String, Object> params() {
        return params;
    }

    /** A copy with one more parameter; criteria are shared by queries that may run at the same time. */
    Criteria param(String name, Object value) {
        Criteria copy = new Criteria(this);
        copy.params.put(name, value);
        return copy;
    }
}
