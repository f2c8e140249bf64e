package io.steward.reporting.domain;

import io.steward.learning.AssignmentSql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows behind the report archives: certificate codes for a filter, and for one module and period the
 * population, the assignment rules, the content versions in force, the completions and the exceptions, of
 * everyone or of the people of one department ({@code department} null: everyone).
 * Long lists are handed on row by row from a streaming cursor. Columns are values for a CSV file, in order.
 */
@Component
public class EvidenceQuery {

    private static final int FETCH_SIZE = 1_000;

    /** One CSV row: the cells in column order (strings, numbers, dates or null). */
    @FunctionalInterface
    public interface Rows {
        void accept(List<Object> cells) throws IOException;
    }

    private final JdbcClient jdbc;

    EvidenceQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Certificate codes of the latest completion of each assignment in the population, after the assignment
     * id {@code after}, in assignment id order, at most {@code limit}: one batch of a keyset walk.
     */
    public List<Map.Entry<Long, String>> certificateCodes(Criteria criteria, long after, int limit) {
        return jdbc.sql(criteria.with() + """
                SELECT a.id, cert.code
                FROM people p
                JOIN %s e ON e.id = p.id
                JOIN %s a ON a.employee_id = e.id
                JOIN certificate cert ON cert.completion_id = (
                    SELECT latest.id FROM completion latest
                    WHERE latest.employee_id = a.employee_id AND latest.module_id = a.module_id
                      AND latest.completed_at < :now
                    ORDER BY latest.completed_at DESC, latest.id DESC LIMIT 1)
                WHERE a.id > :after AND\s""".formatted(criteria.employeeTable(), criteria.assignmentTable())
                + criteria.conditions() + " ORDER BY a.id LIMIT :limit")
                .params(criteria.param("after", after).param("limit", limit).params())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** Whether the module was ever served or assigned. */
    public boolean moduleKnown(String moduleId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM module_version WHERE module_id = :module)
                    OR EXISTS (SELECT 1 FROM assignment WHERE module_id = :module)""")
                .param("module", moduleId).query(Boolean.class).single();
    }

    /** The modules of which some cycle was open at some time in the period, in id order. */
    public List<String> modulesInPeriod(String department, Period period) {
        return jdbc.sql("""
                SELECT DISTINCT c.module_id FROM assignment_cycle c JOIN employee e ON e.id = c.employee_id
                WHERE c.opened_at < :end AND (c.ended_at IS NULL OR c.ended_at >= :start) AND\s""" + IN_DEPARTMENT
                + " ORDER BY c.module_id")
                .param("department", department)
                .param("start", Timestamp.from(period.start()))
                .param("end", Timestamp.from(period.end()))
                .query(String.class).list();
    }

    /**
     * Whether person {@code e} was in the department at the end of the period (or when they left, if before):
     * where the population places them. Always true when {@code :department} is null.
     */
    private static final String IN_DEPARTMENT = """
            (:department IS NULL OR EXISTS (
                SELECT 1 FROM employee_placement dp JOIN department dd ON dd.id = dp.department_id
                WHERE dp.employee_id = e.id AND dp.valid_from < :end AND (dp.valid_to IS NULL OR dp.valid_to >= :end)
                  AND dd.name = :department))
            """;

    /**
     * The cycles of the module open at some time in the period, as they stood at its end: a cycle that ended
     * later is still open here. Cycles are never overwritten (docs/decisions/0017), so for a closed period this
     * is the same set, with the same values, whenever it is asked.
     */
    private static final String CYCLES_IN_PERIOD = """
            FROM assignment_cycle c
            JOIN employee e ON e.id = c.employee_id
            WHERE c.module_id = :module AND c.opened_at < :end AND (c.ended_at IS NULL OR c.ended_at >= :start)
              AND\s""" + IN_DEPARTMENT;

    public static final List<String> POPULATION = List.of("employee_id", "name", "department", "manager",
            "employed_at_end", "cycles_in_period");

    /**
     * Everyone who had the module to do, or had done it, at some time in the period, people who have left
     * included, each placed where they were at the end of the period (or when they left, if before).
     */
    public void population(String moduleId, String department, Period period, Rows rows) {
        stream("""
                SELECT e.employee_number, e.display_name, d.name, m.display_name, pl.active, COUNT(*)
                """ + CYCLES_IN_PERIOD.replaceFirst("WHERE", """
                LEFT JOIN employee_placement pl ON pl.employee_id = e.id AND pl.valid_from < :end
                     AND (pl.valid_to IS NULL OR pl.valid_to >= :end)
                LEFT JOIN department d ON d.id = pl.department_id
                LEFT JOIN employee m ON m.id = pl.manager_id
                WHERE""") + """
                GROUP BY e.id, pl.id
                ORDER BY e.employee_number""", moduleId, department, period,
                rs -> List.of(rs.getString(1), rs.getString(2), text(rs.getString(3)), text(rs.getString(4)),
                rs.getObject(5) == null ? "" : String.valueOf(rs.getBoolean(5)), rs.getLong(6)), rows);
    }

    public static final List<String> CYCLES = List.of("employee_id", "name", "opened_at", "reason", "rule_id",
            "due_date", "outcome", "ended_at", "reconstructed");

    /**
     * Every cycle open at some time in the period: why it opened, under which rule, due when, and how it had
     * ended by the end of the period (blank: still open then). Reconstructed cycles were rebuilt from the
     * completions recorded before cycles were kept; their rule and due date are unknown.
     */
    public void cycles(String moduleId, String department, Period period, Rows rows) {
        stream("""
                SELECT e.employee_number, e.display_name, c.opened_at, c.reason, c.rule_id, c.due_date,
                       CASE WHEN c.ended_at < :end THEN c.outcome END,
                       CASE WHEN c.ended_at < :end THEN c.ended_at END, c.reconstructed
                """ + CYCLES_IN_PERIOD + " ORDER BY e.employee_number, c.opened_at, c.id", moduleId, department,
                period,
                rs -> List.of(rs.getString(1), rs.getString(2), instant(rs, 3), rs.getString(4),
                        text(rs.getObject(5, Long.class)), text(rs.getObject(6, LocalDate.class)),
                        text(rs.getString(7)), instant(rs, 8), String.valueOf(rs.getBoolean(9))), rows);
    }

    public static final List<String> RULES = List.of("rule_id", "module_id", "audience_type", "audience_values",
            "due_date", "due_in_days", "due_days_after_hire", "renewal", "renewal_lead_days", "renewal_window", "retired", "in_force_from",
            "in_force_until");

    /**
     * Every version of the rules of the module in force at some time in the period, as it stood at its end: a
     * version replaced after the period shows no end. Retired: the version that ended the rule.
     */
    public void rules(String moduleId, Period period, Rows rows) {
        stream("""
                SELECT v.rule_id, r.module_id, v.audience_type, v.audience_values, v.due_date, v.due_in_days,
                       v.due_days_after_hire, v.recertification, v.recertification_lead_days, v.window_opens, v.window_due, v.retired,
                       v.valid_from, CASE WHEN v.valid_to < :end THEN v.valid_to END
                FROM assignment_rule_version v JOIN assignment_rule r ON r.id = v.rule_id
                WHERE r.module_id = :module AND v.valid_from < :end AND (v.valid_to IS NULL OR v.valid_to >= :start)
                ORDER BY v.rule_id, v.valid_from, v.id""", moduleId, null, period,
                rs -> List.of(String.valueOf(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4).replace('\n', ';'), text(rs.getObject(5, LocalDate.class)),
                        text(rs.getObject(6, Integer.class)), text(rs.getObject(7, Integer.class)), rs.getString(8),
                        text(rs.getObject(9, Integer.class)),
                        rs.getString(10) == null ? "" : rs.getString(10) + " to " + rs.getString(11),
                        String.valueOf(rs.getBoolean(12)), instant(rs, 13), instant(rs, 14)), rows);
    }

    /** A version of the module's content as first served; {@code source} is loaded separately. */
    public record Version(long id, String version, String contentHash, String title, Instant firstServedAt) {
    }

    /**
     * The versions in force at some time in the period: each is in force from when it was first served until
     * the next one was, so the last one served before the period starts is included.
     */
    public List<Version> versionsInForce(String moduleId, Period period) {
        List<Version> all = jdbc.sql("""
                SELECT id, version, content_hash, title, first_served_at FROM module_version
                WHERE module_id = :module ORDER BY first_served_at, id""")
                .param("module", moduleId)
                .query((rs, n) -> new Version(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
        List<Version> inForce = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Instant from = all.get(i).firstServedAt();
            Instant until = i + 1 < all.size() ? all.get(i + 1).firstServedAt() : Instant.MAX;
            if (from.isBefore(period.end()) && until.isAfter(period.start())) {
                inForce.add(all.get(i));
            }
        }
        return inForce;
    }

    /** The file text of a version as it was served; empty for versions stored before texts were kept. */
    public Optional<String> source(long versionId) {
        return jdbc.sql("SELECT source FROM module_version WHERE id = ?").param(versionId).query(String.class)
                .optional();
    }

    public static final List<String> COMPLETIONS = List.of("employee_id", "name", "module_version",
            "content_hash", "score_percent", "attested_at", "completed_at", "expires_at", "certificate_code");

    /** Completions of the module in the period. */
    public void completions(String moduleId, String department, Period period, Rows rows) {
        stream("""
                SELECT e.employee_number, e.display_name, c.module_version, c.content_hash, c.score_percent,
                       c.attested_at, c.completed_at, c.expires_at, cert.code
                FROM completion c
                JOIN employee e ON e.id = c.employee_id
                LEFT JOIN certificate cert ON cert.completion_id = c.id
                WHERE c.module_id = :module AND c.completed_at >= :start AND c.completed_at < :end
                  AND\s""" + IN_DEPARTMENT + """
                ORDER BY c.completed_at, c.id""", moduleId, department, period,
                rs -> Arrays.asList(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getObject(5, Integer.class), instant(rs, 6), instant(rs, 7), instant(rs, 8),
                text(rs.getString(9))), rows);
    }

    public static final List<String> EXCEPTIONS = List.of("employee_id", "name", "kind", "due_date",
            "first_day", "last_day", "days", "exempt_reason", "decided_by");

    /**
     * The period's exceptions. EXEMPTED: a cycle ended by an exemption in the period, on {@code first_day},
     * with the reason and the employee id of who decided it. OVERDUE: a cycle that was overdue on some days of
     * the period, from {@code first_day} to {@code last_day}: every day after its due date on which it was
     * still open at the start of the day, the day it ended included.
     */
    public void exceptions(String moduleId, String department, Period period, Rows rows) {
        stream("""
                SELECT * FROM (
                    SELECT e.employee_number, e.display_name, c.outcome AS kind, c.due_date,
                           DATE(c.ended_at) AS first_day, DATE(c.ended_at) AS last_day, 1 AS days,
                           c.exempt_reason, decider.employee_number AS decided_by, c.opened_at, c.id
                    """ + CYCLES_IN_PERIOD.replaceFirst("WHERE", """
                    LEFT JOIN employee decider ON decider.id = c.exempted_by
                    WHERE""") + """
                      AND\s""" + AssignmentSql.CYCLE_EXEMPTED + """
                     AND c.ended_at < :end
                    UNION ALL
                    SELECT employee_number, display_name, 'OVERDUE', due_date, first_day, last_day,
                           DATEDIFF(last_day, first_day) + 1, NULL, NULL, opened_at, id
                    FROM (SELECT e.employee_number, e.display_name, c.due_date, c.opened_at, c.id,
                                 GREATEST(DATE_ADD(c.due_date, INTERVAL 1 DAY), DATE(:start)) AS first_day,
                                 LEAST(DATE_SUB(DATE(:end), INTERVAL 1 DAY),
                                       COALESCE(DATE(c.ended_at), DATE(:end))) AS last_day
                          """ + CYCLES_IN_PERIOD + """
                            AND c.due_date IS NOT NULL) overdue
                    WHERE first_day <= last_day
                ) x
                ORDER BY kind, employee_number, opened_at, id""", moduleId, department, period,
                rs -> Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3),
                        text(rs.getObject(4, LocalDate.class)), text(rs.getObject(5, LocalDate.class)),
                        text(rs.getObject(6, LocalDate.class)), rs.getLong(7), rs.getString(8), rs.getString(9)),
                rows);
    }

    /** A period of whole days, {@code from} to {@code to} inclusive, in UTC. */
    public record Period(LocalDate from, LocalDate to) {

        public Instant start() {
            return from.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        /** The first instant after the period. */
        public Instant end() {
            return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    @FunctionalInterface
    private interface RowMapper {
        List<Object> map(ResultSet rs) throws SQLException;
    }

    private void stream(String sql, String moduleId, String department, Period period, RowMapper mapper,
            Rows rows) {
        jdbc.sql(sql).withFetchSize(FETCH_SIZE)
                .param("module", moduleId)
                .param("department", department)
                .param("start", Timestamp.from(period.start()))
                .param("end", Timestamp.from(period.end()))
                .query((RowCallbackHandler) rs -> {
                    try {
                        rows.accept(mapper.map(rs));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static String instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? "" : value.toInstant().toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
