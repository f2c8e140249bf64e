package io.steward.reporting.domain;

import io.steward.reporting.NeedsAction.Reason;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people of a population who need a reminder: those with overdue training and those whose completion expires
 * within 30 days, each once, with their most urgent module (overdue before expiring, the longest overdue or the
 * soonest expiring first). One query, over the population's own assignments, bounded by a limit; it also counts
 * how many people there are in all, for an "and N more".
 */
@Component
public class NeedsActionQuery {

    private final JdbcClient jdbc;

    NeedsActionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One person's most urgent module: due on {@code dueDate} (overdue) or valid until {@code expiresAt}
     * (expiring); {@code modules} counts all their modules that need action.
     */
    public record Line(long personId, String displayName, String moduleId, Reason reason, LocalDate dueDate,
            Instant expiresAt, int modules) {
    }

    /** The first lines, most urgent first, and how many people need action in all. */
    public record Page(List<Line> lines, long people) {
    }

    /** The people needing action for the given reasons, at most {@code limit} of them. */
    public Page find(Criteria criteria, boolean overdue, boolean expiring, int limit) {
        String sql = criteria.with() + """
                , items AS (
                    SELECT a.employee_id, a.module_id, a.due_date, a.expires_at,
                           CASE WHEN %1$s THEN 0 ELSE 1 END AS reason,
                           CASE WHEN %1$s THEN TIMESTAMP(a.due_date) ELSE a.expires_at END AS moment
                    FROM people p
                    JOIN %3$s e ON e.id = p.id
                    JOIN %4$s a ON a.employee_id = e.id
                    WHERE %5$s AND ((:overdue AND %1$s) OR (:expiring AND %2$s))
                ), ranked AS (
                    SELECT i.*, ROW_NUMBER() OVER (PARTITION BY i.employee_id
                                                   ORDER BY i.reason, i.moment, i.module_id) AS nth,
                           COUNT(*) OVER (PARTITION BY i.employee_id) AS modules
                    FROM items i
                )
                SELECT r.employee_id, e.display_name, r.module_id, r.reason, r.due_date, r.expires_at, r.modules,
                       COUNT(*) OVER () AS people
                FROM ranked r
                JOIN %3$s e ON e.id = r.employee_id
                WHERE r.nth = 1
                ORDER BY r.reason, r.moment, e.display_name, e.id
                LIMIT :limit""".formatted(Criteria.OVERDUE, criteria.expiring(), criteria.employeeTable(),
                criteria.assignmentTable(), criteria.conditions());
        long[] people = {0};
        List<Line> lines = jdbc.sql(sql)
                .params(criteria.param("overdue", overdue).param("expiring", expiring).param("limit", limit).params())
                .query((rs, n) -> {
                    people[0] = rs.getLong("people");
                    Timestamp expires = rs.getTimestamp("expires_at");
                    Reason reason = Reason.values()[rs.getInt("reason")];
                    return new Line(rs.getLong("employee_id"), rs.getString("display_name"),
                            rs.getString("module_id"), reason, rs.getObject("due_date", LocalDate.class),
                            reason == Reason.EXPIRING && expires != null ? expires.toInstant() : null,
                            rs.getInt("modules"));
                })
                .list();
        return new Page(lines, people[0]);
    }
}
