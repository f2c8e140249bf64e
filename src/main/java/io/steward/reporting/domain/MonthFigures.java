package io.steward.reporting.domain;

import io.steward.learning.AssignmentSql;
import io.steward.reporting.ReportFilter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
 * and module, the assignments current at the end of the month of the people active then (in the department
 * they were in then) and how many of them had been completed by then, counted from the record as it stood
 * (docs/decisions/0017), and never changes afterwards.
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

    /** The month the first cycle of all was opened in (null: none yet), where the record begins. */
    public YearMonth firstRecordedMonth() {
        return jdbc.sql("SELECT MIN(opened_at) FROM assignment_cycle").query(Timestamp.class).optional()
                .map(t -> YearMonth.from(t.toInstant().atZone(ZoneOffset.UTC))).orElse(null);
    }

    /**
     * Counts {@code month} as the record stood at its end (the people then, each in the cycle current then) and
     * stores it, unless it is stored already: run in a transaction of its own, a second caller waits on the
     * first one's {@code reporting_month} row and then stores nothing. The record of a day that is over never
     * changes, so a month counts the same whenever it is stored. Returns whether this call stored it.
     */
    public boolean store(YearMonth month, Instant now) {
        int key = key(month);
        if (jdbc.sql("INSERT IGNORE INTO reporting_month (month, counted_at) VALUES (:month, :now)")
                .param("month", key).param("now", Timestamp.from(now)).update() == 0) {
            return false;
        }
        Criteria atEnd = Criteria.organisation(ReportFilter.none().asOf(month.atEndOfMonth()), now,
                month.atEndOfMonth());
        jdbc.sql("INSERT INTO reporting_month_figure (month, department_id, module_id, assigned, completed)\n"
                        + atEnd.with() + """
                        SELECT :month, COALESCE(e.department_id, 0) AS department_key, a.module_id, COUNT(*),
                               COUNT(CASE WHEN\s""" + AssignmentSql.COMPLETED + """
                         THEN 1 END)
                        FROM people p JOIN\s""" + atEnd.employeeTable() + " e ON e.id = p.id JOIN "
                        + atEnd.assignmentTable() + " a ON a.employee_id = e.id WHERE e.active AND "
                        + Criteria.CURRENT + " GROUP BY department_key, a.module_id")
                .params(atEnd.param("month", key).params()).update();
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
     * A month's completion figures: the assignments current at the end of the month, and how many of them had
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
