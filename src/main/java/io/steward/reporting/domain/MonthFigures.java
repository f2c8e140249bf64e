package io.steward.reporting.domain;

import io.steward.learning.AssignmentSql;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The completion trend's closed months, stored once counted (reporting's own tables {@code reporting_month} and
 * {@code reporting_month_figure}, docs/decisions/0014-fast-dashboards.md). A stored month holds, per department
 * and module, the current assignments of active people made by the end of the month and how many of them had
 * been completed by then, counted from the live tables when it was stored, and never changes afterwards.
 */
@Component
public class MonthFigures {

    private final JdbcClient jdbc;

    MonthFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The months from {@code first} to {@code last} that are stored. */
    public Set<YearMonth> stored(YearMonth first, YearMonth last) {
        return new HashSet<>(jdbc.sql("SELECT month FROM reporting_month WHERE month BETWEEN :first AND :last")
                .param("first", key(first)).param("last", key(last))
                .query((rs, n) -> month(rs.getInt(1))).list());
    }

    /**
     * Counts {@code month} from the live tables and stores it, unless it is stored already: run in a transaction
     * of its own, a second caller waits on the first one's {@code reporting_month} row and then stores nothing.
     * Returns whether this call stored it.
     */
    public boolean store(YearMonth month, Instant now) {
        int key = key(month);
        if (jdbc.sql("INSERT IGNORE INTO reporting_month (month, counted_at) VALUES (:month, :now)")
                .param("month", key).param("now", Timestamp.from(now)).update() == 0) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO reporting_month_figure (month, department_id, module_id, assigned, completed)
                SELECT :month, COALESCE(e.department_id, 0), a.module_id, COUNT(*),
                       COUNT(CASE WHEN\s""" + AssignmentSql.COMPLETED + """
                 AND a.completed_at < :end THEN 1 END)
                FROM employee e JOIN assignment a ON a.employee_id = e.id
                WHERE e.active AND\s""" + Criteria.CURRENT + """
                 AND a.assigned_at < :end
                GROUP BY COALESCE(e.department_id, 0), a.module_id""")
                .param("month", key).param("end", month.plusMonths(1).atDay(1)).update();
        return true;
    }

    /**
     * The stored figures from {@code first} to {@code last} for the criteria (which must
     * {@linkplain Criteria#storedMonthsApply allow it}), one per month in order; a month without figures is
     * zero.
     */
    public List<MonthFigure> read(Criteria criteria, YearMonth first, YearMonth last) {
        if (!criteria.storedMonthsApply()) {
            throw new IllegalArgumentException("stored months hold no figures for these criteria");
        }
        Map<Integer, MonthFigure> found = new HashMap<>();
        jdbc.sql("SELECT f.month, SUM(f.assigned), SUM(f.completed) FROM reporting_month_figure f "
                        + "WHERE f.month BETWEEN :first AND :last AND " + criteria.figureConditions()
                        + " GROUP BY f.month")
                .params(criteria.param("first", key(first)).param("last", key(last)).params())
                .query((rs, n) -> new MonthFigure(month(rs.getInt(1)), rs.getLong(2), rs.getLong(3)))
                .list().forEach(f -> found.put(key(f.month()), f));
        List<MonthFigure> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(found.getOrDefault(key(month), new MonthFigure(month, 0, 0)));
        }
        return months;
    }

    /**
     * A month's completion figures: current assignments made by the end of the month, and how many of them had
     * been completed by then.
     */
    public record MonthFigure(YearMonth month, long assigned, long completed) {
    }

    private static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static YearMonth month(int key) {
        return YearMonth.of(key / 100, key % 100);
    }
}
