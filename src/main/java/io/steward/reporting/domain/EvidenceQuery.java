package io.steward.reporting.domain;

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
 * population, the assignment rules, the content versions in force, the completions and the exceptions.
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
                JOIN employee e ON e.id = p.id
                JOIN assignment a ON a.employee_id = e.id
                JOIN certificate cert ON cert.completion_id = (
                    SELECT latest.id FROM completion latest
                    WHERE latest.employee_id = a.employee_id AND latest.module_id = a.module_id
                    ORDER BY latest.completed_at DESC, latest.id DESC LIMIT 1)
                WHERE a.id > :after AND\s""" + criteria.conditions() + " ORDER BY a.id LIMIT :limit")
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

    public static final List<String> POPULATION = List.of("employee_id", "name", "department", "manager",
            "active", "assigned_at", "due_date", "state");

    /** Everyone the module was assigned to by the end of the period, people who have left included. */
    public void population(String moduleId, Period period, Rows rows) {
        stream("""
                SELECT e.employee_number, e.display_name, d.name, m.display_name, e.active, a.assigned_at,
                       a.due_date, a.state
                FROM assignment a
                JOIN employee e ON e.id = a.employee_id
                LEFT JOIN department d ON d.id = e.department_id
                LEFT JOIN employee m ON m.id = e.manager_id
                WHERE a.module_id = :module AND a.assigned_at < :end
                ORDER BY e.employee_number""", moduleId, period, rs -> List.of(rs.getString(1), rs.getString(2),
                text(rs.getString(3)), text(rs.getString(4)), String.valueOf(rs.getBoolean(5)),
                instant(rs, 6), rs.getObject(7, LocalDate.class).toString(), rs.getString(8)), rows);
    }

    public static final List<String> RULES = List.of("rule_id", "module_id", "audience_type", "audience_values",
            "due_date", "due_in_days", "created_at");

    /** The rules that assigned the module, made by the end of the period. */
    public void rules(String moduleId, Period period, Rows rows) {
        stream("""
                SELECT id, module_id, audience_type, audience_values, due_date, due_in_days, created_at
                FROM assignment_rule WHERE module_id = :module AND created_at < :end ORDER BY id""",
                moduleId, period, rs -> List.of(String.valueOf(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), text(rs.getObject(5, LocalDate.class)),
                        text(rs.getObject(6, Integer.class)), instant(rs, 7)), rows);
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
    public void completions(String moduleId, Period period, Rows rows) {
        stream("""
                SELECT e.employee_number, e.display_name, c.module_version, c.content_hash, c.score_percent,
                       c.attested_at, c.completed_at, c.expires_at, cert.code
                FROM completion c
                JOIN employee e ON e.id = c.employee_id
                LEFT JOIN certificate cert ON cert.completion_id = c.id
                WHERE c.module_id = :module AND c.completed_at >= :start AND c.completed_at < :end
                ORDER BY c.completed_at, c.id""", moduleId, period, rs -> List.of(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getInt(5), instant(rs, 6), instant(rs, 7), instant(rs, 8),
                text(rs.getString(9))), rows);
    }

    public static final List<String> EXCEPTIONS = List.of("employee_id", "name", "kind", "due_date",
            "completed_at", "exempt_reason");

    /**
     * Exemptions of people assigned by the end of the period, and assignments overdue at its end: due before
     * the end and not completed by then.
     */
    public void exceptions(String moduleId, Period period, Rows rows) {
        stream("""
                SELECT e.employee_number, e.display_name,
                       CASE WHEN a.state = 'EXEMPTED' THEN 'EXEMPTED' ELSE 'OVERDUE' END AS kind,
                       a.due_date, a.completed_at, a.exempt_reason
                FROM assignment a JOIN employee e ON e.id = a.employee_id
                WHERE a.module_id = :module AND a.assigned_at < :end
                  AND (a.state = 'EXEMPTED'
                       OR a.state IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED') AND a.due_date < DATE(:end)
                          AND (a.completed_at IS NULL OR a.completed_at >= :end))
                ORDER BY kind, a.due_date, e.employee_number""", moduleId, period,
                rs -> Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class).toString(), instant(rs, 5), rs.getString(6)), rows);
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

    private void stream(String sql, String moduleId, Period period, RowMapper mapper, Rows rows) {
        jdbc.sql(sql).withFetchSize(FETCH_SIZE)
                .param("module", moduleId)
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
