package io.steward.reporting.domain;

import io.steward.directory.PlacementSql;
import io.steward.learning.AssignmentSql;
import io.steward.reporting.ReportFilter;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Who a report is about and which assignments count, as SQL: a {@code people} common table expression (a
 * manager's whole reporting line, found by the database, or everyone) and conditions on {@code e} (employee)
 * and {@code a} (assignment). Values always travel as named parameters, never inside the SQL text.
 *
 * <p>Queries read people from {@link #employeeTable()} and assignments from {@link #assignmentTable()}. For the
 * present these are the tables themselves. For a filter {@code asOf} a day they are the record as it stood at
 * the end of that day ({@code :now}): each person with the department, manager and employment of the placement
 * that held then, and each person's module in the cycle that was current then (opened, and not yet followed
 * by the next one, {@code superseded_at}), open unless it had ended
 * (docs/decisions/0017). Both have the columns the queries read, so every figure means the same on any day.
 */
public final class Criteria {

    /** How far ahead "expiring soon" looks from {@code :now} to {@code :horizon}. */
    public static final Duration EXPIRY_HORIZON = Duration.ofDays(30);
    /** Deeper than any real organisation; stops a corrupt reporting loop from running forever. */
    private static final int MAX_DEPTH = 64;
    static final String OPEN = AssignmentSql.OPEN;
    static final String CURRENT = AssignmentSql.CURRENT;
    static final String HELD = AssignmentSql.HELD;
    /** An open assignment past its due date. */
    static final String OVERDUE = OPEN + " AND a.due_date < :today";

    private static final String DEPARTMENT = "(SELECT dep.id FROM department dep WHERE dep.name = :department)";

    /** The directory and the assignments as they stood at {@code :now}, under the tables' own column names. */
    private static final String AS_OF = PlacementSql.EMPLOYEE_THEN + ", " + AssignmentSql.ASSIGNMENT_THEN + ",\n";

    private final Long root;
    private final boolean asOf;
    private final StringBuilder employees = new StringBuilder("e.active");
    private final StringBuilder assignments = new StringBuilder("TRUE");
    /** The filter's conditions on {@code f} (a stored month's figures), when it has no others. */
    private final StringBuilder figures = new StringBuilder("TRUE");
    private final boolean storedMonthsApply;
    private final Map<String, Object> params = new HashMap<>();

    private Criteria(Long root, ReportFilter filter, Instant now, LocalDate today) {
        this.root = root;
        this.asOf = filter.asOf() != null;
        if (asOf) {
            today = filter.asOf();
            now = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        this.storedMonthsApply = root == null && filter.state() == null && filter.dueFrom() == null
                && filter.dueTo() == null;
        params.put("today", today);
        params.put("now", Timestamp.from(now));
        params.put("horizon", Timestamp.from(now.plus(EXPIRY_HORIZON)));
        if (root != null) {
            params.put("root", root);
            params.put("maxDepth", MAX_DEPTH);
        }
        if (filter.department() != null) {
            add(employees, "e.department_id = " + DEPARTMENT, "department", filter.department());
            figures.append(" AND f.department_id = " + DEPARTMENT);
        }
        if (filter.moduleId() != null) {
            add(assignments, "a.module_id = :moduleId", "moduleId", filter.moduleId());
            figures.append(" AND f.module_id = :moduleId");
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
                case COMPLETED -> AssignmentSql.COMPLETED;
                case EXEMPTED -> AssignmentSql.EXEMPTED;
            });
        }
    }

    private Criteria(Criteria original) {
        this.root = original.root;
        this.asOf = original.asOf;
        this.storedMonthsApply = original.storedMonthsApply;
        this.figures.setLength(0);
        this.figures.append(original.figures);
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

    /** True when the report is about a past day rather than the present. */
    boolean isAsOf() {
        return asOf;
    }

    /**
     * True when the stored months ({@link MonthFigures}) can answer for these criteria: the whole organisation,
     * now or on a past day, narrowed by department and module at most. Figures are stored per department and
     * module, so a manager's line, a state or a due-date range are counted live.
     */
    public boolean storedMonthsApply() {
        return storedMonthsApply;
    }

    /** The filter's conditions on {@code f} (reporting_month_figure); only when {@link #storedMonthsApply}. */
    String figureConditions() {
        return figures.toString();
    }

    /** Where the report reads people from: {@code employee}, or the directory as it stood ({@code employee_then}). */
    String employeeTable() {
        return asOf ? "employee_then" : "employee";
    }

    /** Where the report reads assignments from: {@code assignment}, or as they stood ({@code assignment_then}). */
    String assignmentTable() {
        return asOf ? "assignment_then" : "assignment";
    }

    /**
     * A completed assignment {@code a} of {@link #assignmentTable()} whose expiry was pushed beyond the horizon by
     * a later completion that its row does not hold, as SQL: only a past day's cycle can be such a row.
     */
    String renewedBeyondHorizon() {
        return asOf ? AssignmentSql.RENEWED_BEYOND_HORIZON_THEN : "FALSE";
    }

    /**
     * A completed assignment {@code a} whose validity ends within the horizon ({@code :now} to {@code :horizon}),
     * as SQL: the "expiring in the next 30 days" of every figure and list.
     */
    String expiring() {
        return AssignmentSql.COMPLETED + " AND a.expires_at >= :now AND a.expires_at < :horizon AND NOT "
                + renewedBeyondHorizon();
    }

    /** The {@code WITH} clause that defines {@code people (id)}, and for a past day also the record then. */
    String with() {
        String record = asOf ? AS_OF : "";
        // The organisation's people are every id; joining them to employeeTable() keeps those there at the time.
        return root == null ? "WITH " + record + "people (id) AS (SELECT id FROM employee)\n"
                : "WITH RECURSIVE " + record + """
                team (id, depth) AS (
                    SELECT e.id, 1 FROM %1$s e WHERE e.manager_id = :root
                    UNION ALL
                    SELECT e.id, t.depth + 1 FROM %1$s e JOIN team t ON e.manager_id = t.id
                    WHERE t.depth < :maxDepth
                ), people (id) AS (SELECT DISTINCT id FROM team)
                """.formatted(employeeTable());
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

    /** These criteria for the people whose id is at most {@code last}. */
    Criteria idsUpTo(long last) {
        Criteria copy = param("lastId", last);
        copy.employees.append(" AND e.id <= :lastId");
        return copy;
    }

    /** These criteria for the people whose id is greater than {@code last}. */
    Criteria idsAfter(long last) {
        Criteria copy = param("lastId", last);
        copy.employees.append(" AND e.id > :lastId");
        return copy;
    }

    /** A copy with one more parameter; criteria are shared by queries that may run at the same time. */
    Criteria param(String name, Object value) {
        Criteria copy = new Criteria(this);
        copy.params.put(name, value);
        return copy;
    }
}
