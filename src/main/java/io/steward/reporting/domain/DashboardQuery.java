package io.steward.reporting.domain;

import io.steward.learning.AssignmentSql;
import io.steward.reporting.ManagerChoice;
import io.steward.reporting.OverdueLine;
import io.steward.reporting.PeopleFilter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The aggregates behind the dashboards, counted by the database over the population the {@link Criteria}
 * define, each page in as few scans as possible (docs/decisions/0014-fast-dashboards.md). Nothing is loaded
 * to be counted.
 */
@Component
public class DashboardQuery {

    private static final int DUE_SOON_DAYS = 14;
    /** The counts of a month breakdown (overdue and due soon are about today, not a month); see {@link Counts}. */
    private static final String MONTH_COUNTS = """
            COUNT(CASE WHEN %2$s THEN 1 END) AS people,
            COUNT(CASE WHEN %1$s THEN 1 END) AS current,
            COUNT(CASE WHEN %3$s THEN 1 END) AS completed,
            """.formatted(Criteria.CURRENT, Criteria.HELD, AssignmentSql.COMPLETED);
    /** The counts every other breakdown and the people list share; see {@link Counts}. */
    private static final String COUNTS = MONTH_COUNTS + """
            COUNT(CASE WHEN %1$s AND a.due_date < :today THEN 1 END) AS overdue,
            COUNT(CASE WHEN %1$s AND a.due_date >= :today
                       AND a.due_date <= DATE_ADD(:today, INTERVAL %2$d DAY) THEN 1 END) AS due_soon,
            """.formatted(Criteria.OPEN, DUE_SOON_DAYS);
    /**
     * The shared counts, and the completed assignments whose validity ends within the horizon ({@code :now} to
     * {@code :horizon}), counted in the same scan as the rest from the expiry the row holds. For a past day the row is a cycle, whose expiry is
     * its own completion's; whether the person had completed the module again by then, beyond the horizon, is
     * looked up only for the cycles whose own completion expires within it. (Not seen: a completion that had
     * expired before the day, completed again without a new cycle, whose second completion expires within the
     * horizon; docs/decisions/0014.)
     */
    private static String counts(Criteria criteria) {
        return COUNTS + "COUNT(CASE WHEN " + criteria.expiring() + " THEN 1 END) AS expiring\n";
    }

    private final JdbcClient jdbc;
    private final ExecutorService parallel = Executors.newVirtualThreadPerTaskExecutor();

    DashboardQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Assignments of the people in the population; the criteria's conditions pick the ones that count. */
    private static String assignments(Criteria criteria) {
        return """
                FROM people p
                JOIN %s e ON e.id = p.id
                JOIN %s a ON a.employee_id = e.id
                """.formatted(criteria.employeeTable(), criteria.assignmentTable());
    }

    /**
     * How a population's assignments are spread: one {@link Cell} per group. With {@code byDepartment} and/or
     * {@code byModule} the groups are departments and/or modules; with {@code since} also the month each
     * assignment was made and completed (earlier months than {@code since} fall together), for the trend; such
     * cells count no overdue and due soon (zero).
     *
     * <p>The people are counted in two halves by id (as many people in each), side by side on two connections,
     * and the halves' cells added up: the scan is the largest part of a page, and the server has more than one
     * core.
     *
     * <p>Modules are grouped by a 4-byte checksum of their id: MariaDB groups in a temporary table keyed by
     * the grouping columns, and the 400-byte id as key makes that the slowest part of the whole page. Each
     * group also reports its smallest and largest id; if two ids ever shared a checksum, those differ and the
     * count is repeated grouped by the id itself.
     */
    public List<Cell> breakdown(Criteria criteria, boolean byDepartment, boolean byModule, YearMonth since) {
        long middle = middleId();
        List<Cell> cells = inHalves(criteria, middle, half -> breakdown(half, byDepartment, byModule, since,
                "CRC32(a.module_id)"));
        if (byModule && cells.stream().anyMatch(c -> !c.moduleId().equals(c.lastModuleId()))) {
            return inHalves(criteria, middle, half -> breakdown(half, byDepartment, true, since, "a.module_id"));
        }
        return cells;
    }

    /** The id that halves the directory: as many people have an id up to it as after it. */
    private long middleId() {
        long people = jdbc.sql("SELECT COUNT(*) FROM employee").query(Long.class).single();
        return people == 0 ? 0 : jdbc.sql("SELECT id FROM employee ORDER BY id LIMIT 1 OFFSET :half")
                .param("half", (people - 1) / 2).query(Long.class).single();
    }

    /** The cells of both halves of the people, each counted on its own connection, added up per group. */
    private List<Cell> inHalves(Criteria criteria, long middle, Function<Criteria, List<Cell>> count) {
        CompletableFuture<List<Cell>> upper = CompletableFuture.supplyAsync(
                () -> count.apply(criteria.idsAfter(middle)), parallel);
        List<Cell> lower = count.apply(criteria.idsUpTo(middle));
        List<Cell> higher;
        try {
            higher = upper.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        Map<List<Object>, Cell> added = new LinkedHashMap<>();
        for (Cell cell : Stream.concat(lower.stream(), higher.stream()).toList()) {
            added.merge(Arrays.asList(cell.departmentId(), cell.moduleId(), cell.lastModuleId(), cell.assignedMonth(),
                    cell.completedMonth()), cell, (a, b) -> new Cell(a.departmentId(), a.moduleId(), a.lastModuleId(),
                    a.assignedMonth(), a.completedMonth(), a.counts().plus(b.counts())));
        }
        return List.copyOf(added.values());
    }

    private List<Cell> breakdown(Criteria criteria, boolean byDepartment, boolean byModule, YearMonth since,
            String moduleKey) {
        String assignedMonth = since == null ? "0" : "GREATEST(:before, EXTRACT(YEAR_MONTH FROM a.assigned_at))";
        String completedMonth = since == null ? "0"
                : "COALESCE(GREATEST(:before, EXTRACT(YEAR_MONTH FROM a.completed_at)), 0)";
        // Aliases that are no column's name: GROUP BY would take a column of that name before an alias.
        String sql = criteria.with() + "SELECT " + (byDepartment ? "e.department_id" : "0") + " AS department_key, "
                + (byModule ? moduleKey + " AS module_key, MIN(a.module_id) AS first_module, MAX(a.module_id)"
                : "0 AS module_key, '' AS first_module, ''") + " AS last_module, " + assignedMonth
                + " AS assigned_month, " + completedMonth
                + " AS completed_month,\n"
                + (since == null ? counts(criteria) : MONTH_COUNTS + "0 AS overdue, 0 AS due_soon, 0 AS expiring\n")
                + assignments(criteria) + "WHERE " + criteria.conditions()
                + " GROUP BY department_key, module_key, assigned_month, completed_month ORDER BY NULL";
        YearMonth before = since == null ? YearMonth.of(1970, 1) : since.minusMonths(1);
        Criteria withBefore = criteria.param("before", before.getYear() * 100 + before.getMonthValue());
        return jdbc.sql(sql).params(withBefore.params())
                .query((rs, n) -> new Cell(rs.getObject("department_key", Long.class), rs.getString("first_module"),
                        rs.getString("last_module"), rs.getInt("assigned_month"), rs.getInt("completed_month"),
                        new Counts(rs.getLong("people"), rs.getLong("current"), rs.getLong("completed"),
                                rs.getLong("overdue"), rs.getLong("due_soon"), rs.getLong("expiring"))))
                .list();
    }

    /**
     * One group of a {@link #breakdown}: department id (0 when not grouped by department, null for people
     * without one), module, the months as {@code yyyymm} (0 when not grouped by month or never completed).
     */
    public record Cell(Long departmentId, String moduleId, String lastModuleId, int assignedMonth,
            int completedMonth, Counts counts) {
    }

    /**
     * Assignments counted by where they stand. {@code people} counts the current and exempted assignments in
     * the group: a person has at most one assignment per module, so within one module it is the number of
     * people the figure is about. {@code expiring} counts the completed ones whose validity ends within 30 days.
     */
    public record Counts(long people, long current, long completed, long overdue, long dueSoon, long expiring) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(people + other.people, current + other.current, completed + other.completed,
                    overdue + other.overdue, dueSoon + other.dueSoon, expiring + other.expiring);
        }
    }

    /** Active people in the population (narrowed by the filter's employee conditions only). */
    public long population(Criteria criteria) {
        return jdbc.sql(criteria.with() + "SELECT COUNT(*) FROM people p JOIN " + criteria.employeeTable()
                        + " e ON e.id = p.id WHERE " + criteria.employeeConditions())
                .params(criteria.params())
                .query(Long.class).single();
    }

    /**
     * People with their assignments counted; people with nothing that matches are listed with zeros. The
     * counting is grouped by the person's id alone (8 bytes), and names are joined afterwards: grouping by
     * the names too would make every group key hundreds of bytes long.
     */
    public List<PersonRow> people(Criteria criteria, PeopleFilter filter) {
        String name = filter.nameContains() == null ? "" : filter.nameContains().strip();
        return jdbc.sql(criteria.with() + """
                SELECT e.id, e.display_name, d.name AS department, COALESCE(c.current, 0) AS current,
                       COALESCE(c.completed, 0) AS completed, COALESCE(c.overdue, 0) AS overdue,
                       COALESCE(c.due_soon, 0) AS due_soon, COALESCE(c.expiring, 0) AS expiring
                FROM people p
                JOIN %s e ON e.id = p.id
                LEFT JOIN department d ON d.id = e.department_id
                LEFT JOIN (SELECT a.employee_id,
                """.formatted(criteria.employeeTable()) + counts(criteria) + """
                           FROM people p JOIN %s a ON a.employee_id = p.id
                           WHERE %s GROUP BY a.employee_id) c ON c.employee_id = e.id
                WHERE %s AND e.display_name LIKE :name
                HAVING overdue > 0 OR NOT :overdueOnly
                ORDER BY overdue DESC, e.display_name, e.id
                """.formatted(criteria.assignmentTable(), criteria.assignmentConditions(),
                        criteria.employeeConditions()))
                .params(criteria.param("name", "%" + escapeLike(name) + "%")
                        .param("overdueOnly", filter.overdueOnly()).params())
                .query((rs, n) -> new PersonRow(rs.getLong("id"), rs.getString("display_name"),
                        rs.getString("department"), new Counts(1, rs.getLong("current"), rs.getLong("completed"),
                        rs.getLong("overdue"), rs.getLong("due_soon"), rs.getLong("expiring"))))
                .list();
    }

    /** One person of a {@link #people} list; {@code counts.people()} is 1. */
    public record PersonRow(long id, String displayName, String department, Counts counts) {
    }

    public List<OverdueLine> longestOverdue(Criteria criteria, Map<String, String> titles, int limit) {
        // Read in the order of the due-date index, oldest first, and stop at the limit: without STRAIGHT_JOIN
        // the optimiser starts from the people and sorts every open overdue assignment. The present's index
        // (V0091) has the state second; a past day's cycles (V0120) are all open ("ASSIGNED") when overdue, so
        // their order is the same without it.
        String order = criteria.isAsOf() ? "a.due_date, a.employee_id, a.module_id"
                : "a.due_date, a.state, a.employee_id, a.module_id";
        return jdbc.sql(criteria.with() + """
                SELECT STRAIGHT_JOIN e.id, e.display_name, d.name, a.module_id, a.due_date,
                       DATEDIFF(:today, a.due_date)
                FROM %s a
                JOIN %s e ON e.id = a.employee_id
                JOIN people p ON p.id = e.id
                LEFT JOIN department d ON d.id = e.department_id
                WHERE\s""".formatted(criteria.assignmentTable(), criteria.employeeTable()) + criteria.conditions() + " AND " + Criteria.OPEN + """
                 AND a.due_date < :today
                ORDER BY\s""" + order + " LIMIT :limit")
                .params(criteria.param("limit", limit).params())
                .query((rs, n) -> new OverdueLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        titles.getOrDefault(rs.getString(4), rs.getString(4)), rs.getObject(5, LocalDate.class),
                        rs.getLong(6)))
                .list();
    }

    /** How many overdue assignments one person in the population has; zero for anyone outside it. */
    public long overdueOf(Criteria criteria, long employeeId) {
        return countOf(criteria, employeeId, Criteria.OVERDUE);
    }

    /** How many completions of one person in the population expire within 30 days; zero for anyone outside it. */
    public long expiringOf(Criteria criteria, long employeeId) {
        return countOf(criteria, employeeId, criteria.expiring());
    }

    private long countOf(Criteria criteria, long employeeId, String condition) {
        return jdbc.sql(criteria.with() + "SELECT COUNT(*) " + assignments(criteria) + "WHERE e.id = :person AND "
                        + condition + " AND " + criteria.conditions())
                .params(criteria.param("person", employeeId).params())
                .query(Long.class).single();
    }

    public List<ManagerChoice> managers() {
        return jdbc.sql("""
                SELECT e.id, e.display_name FROM employee e
                JOIN employee_role r ON r.employee_id = e.id AND r.role = 'MANAGER'
                WHERE e.active ORDER BY e.display_name, e.id""")
                .query(ManagerChoice.class)
                .list();
    }

    /** Department names by id, for labelling a breakdown. */
    public Map<Long, String> departmentNames() {
        return jdbc.sql("SELECT id, name FROM department").query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
