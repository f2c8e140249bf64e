package io.steward.reporting.domain;

import io.steward.reporting.Headline;
import io.steward.reporting.ManagerChoice;
import io.steward.reporting.MatrixCell;
import io.steward.reporting.ModuleRate;
import io.steward.reporting.OverdueLine;
import io.steward.reporting.PeopleFilter;
import io.steward.reporting.PersonProgress;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The aggregates behind the dashboards, counted by the database over the population the {@link Criteria}
 * define. Nothing is loaded to be counted.
 */
@Component
public class DashboardQuery {

    /** Assignments of active people in the population that pass the filter. */
    private static final String ASSIGNMENTS = """
            FROM people p
            JOIN employee e ON e.id = p.id
            JOIN assignment a ON a.employee_id = e.id
            """;
    private static final Duration EXPIRY_HORIZON = Duration.ofDays(30);
    private static final int DUE_SOON_DAYS = 14;

    private final JdbcClient jdbc;

    DashboardQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Headline headline(Criteria criteria) {
        Counts counts = jdbc.sql(criteria.with() + """
                SELECT COUNT(CASE WHEN a.state <> 'EXEMPTED' THEN 1 END) AS assigned,
                       COUNT(CASE WHEN a.state = 'COMPLETED' THEN 1 END) AS completed,
                       COUNT(CASE WHEN %1$s AND a.due_date < :today THEN 1 END) AS overdue,
                       COUNT(CASE WHEN %1$s AND a.due_date >= :today
                                  AND a.due_date <= DATE_ADD(:today, INTERVAL %2$d DAY) THEN 1 END) AS due_soon
                """.formatted(Criteria.OPEN, DUE_SOON_DAYS) + ASSIGNMENTS + "WHERE " + criteria.conditions())
                .params(criteria.params())
                .query(Counts.class).single();
        return new Headline(counts.assigned(), counts.completed(), counts.overdue(), counts.dueSoon(),
                expiringSoon(criteria));
    }

    private record Counts(long assigned, long completed, long overdue, long dueSoon) {
    }

    /** Completed assignments whose latest completion stops being valid within the horizon. */
    private long expiringSoon(Criteria criteria) {
        Timestamp now = (Timestamp) criteria.params().get("now");
        return jdbc.sql(criteria.with() + "SELECT COUNT(*) " + ASSIGNMENTS + """
                JOIN completion c ON c.employee_id = a.employee_id AND c.module_id = a.module_id
                WHERE a.state = 'COMPLETED' AND c.expires_at >= :now AND c.expires_at < :horizon
                  AND NOT EXISTS (SELECT 1 FROM completion later
                                  WHERE later.employee_id = c.employee_id AND later.module_id = c.module_id
                                    AND later.completed_at > c.completed_at)
                  AND\s""" + criteria.conditions())
                .params(criteria.param("horizon", Timestamp.from(now.toInstant().plus(EXPIRY_HORIZON))).params())
                .query(Long.class).single();
    }

    public List<ModuleRate> byModule(Criteria criteria, Map<String, String> titles) {
        return jdbc.sql(criteria.with() + """
                SELECT a.module_id,
                       COUNT(CASE WHEN a.state <> 'EXEMPTED' THEN 1 END) AS assigned,
                       COUNT(CASE WHEN a.state = 'COMPLETED' THEN 1 END) AS completed
                """ + ASSIGNMENTS + "WHERE " + criteria.conditions() + " GROUP BY a.module_id ORDER BY a.module_id")
                .params(criteria.params())
                .query((rs, n) -> new ModuleRate(rs.getString(1), titles.getOrDefault(rs.getString(1),
                        rs.getString(1)), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    public List<MatrixCell> matrix(Criteria criteria) {
        return jdbc.sql(criteria.with() + """
                SELECT COALESCE(d.name, '') AS department, a.module_id,
                       COUNT(CASE WHEN a.state <> 'EXEMPTED' THEN 1 END) AS assigned,
                       COUNT(CASE WHEN a.state = 'COMPLETED' THEN 1 END) AS completed
                """ + ASSIGNMENTS + "LEFT JOIN department d ON d.id = e.department_id\nWHERE "
                + criteria.conditions() + " GROUP BY d.name, a.module_id ORDER BY d.name, a.module_id")
                .params(criteria.params())
                .query(MatrixCell.class)
                .list();
    }

    /** People with their assignments counted; people with nothing that matches are listed with zeros. */
    public List<PersonProgress> people(Criteria criteria, PeopleFilter filter) {
        String name = filter.nameContains() == null ? "" : filter.nameContains().strip();
        return jdbc.sql(criteria.with() + """
                SELECT e.id, e.display_name, d.name AS department,
                       COUNT(CASE WHEN %1$s THEN 1 END) AS open,
                       COUNT(CASE WHEN %1$s AND a.due_date < :today THEN 1 END) AS overdue,
                       COUNT(CASE WHEN a.state = 'COMPLETED' THEN 1 END) AS completed
                FROM people p
                JOIN employee e ON e.id = p.id
                LEFT JOIN department d ON d.id = e.department_id
                LEFT JOIN assignment a ON a.employee_id = e.id AND %2$s
                WHERE %3$s AND e.display_name LIKE :name
                GROUP BY e.id, e.display_name, d.name
                HAVING overdue > 0 OR NOT :overdueOnly
                ORDER BY overdue DESC, e.display_name, e.id
                """.formatted(Criteria.OPEN, criteria.assignmentConditions(), criteria.employeeConditions()))
                .params(criteria.param("name", "%" + escapeLike(name) + "%")
                        .param("overdueOnly", filter.overdueOnly()).params())
                .query(PersonProgress.class)
                .list();
    }

    public List<OverdueLine> longestOverdue(Criteria criteria, Map<String, String> titles, int limit) {
        return jdbc.sql(criteria.with() + """
                SELECT e.id, e.display_name, d.name, a.module_id, a.due_date, DATEDIFF(:today, a.due_date)
                """ + ASSIGNMENTS + "LEFT JOIN department d ON d.id = e.department_id\nWHERE "
                + criteria.conditions() + " AND " + Criteria.OPEN + """
                 AND a.due_date < :today
                ORDER BY a.due_date, e.display_name, e.id
                LIMIT :limit""")
                .params(criteria.param("limit", limit).params())
                .query((rs, n) -> new OverdueLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        titles.getOrDefault(rs.getString(4), rs.getString(4)), rs.getObject(5, LocalDate.class),
                        rs.getLong(6)))
                .list();
    }

    /** How many overdue assignments one person in the population has; zero for anyone outside it. */
    public long overdueOf(Criteria criteria, long employeeId) {
        return jdbc.sql(criteria.with() + "SELECT COUNT(*) " + ASSIGNMENTS + "WHERE e.id = :person AND "
                        + Criteria.OPEN + " AND a.due_date < :today AND " + criteria.conditions())
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
