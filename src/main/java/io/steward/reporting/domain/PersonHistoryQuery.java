package io.steward.reporting.domain;

import io.steward.reporting.PersonHistory;
import io.steward.reporting.PersonHistory.AssignmentLine;
import io.steward.reporting.PersonHistory.AttemptLine;
import io.steward.reporting.PersonHistory.CertificateLine;
import io.steward.reporting.PersonHistory.CompletionLine;
import io.steward.reporting.PersonHistory.CycleLine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One person's training history. The person is first looked up inside the population of the
 * {@link Criteria}; someone outside it is not found, so nothing else about them is read.
 */
@Component
public class PersonHistoryQuery {

    private record Person(long id, String displayName, String email, String department, String manager) {
    }

    private final JdbcClient jdbc;

    PersonHistoryQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PersonHistory> find(Criteria criteria, long employeeId, Map<String, String> titles) {
        return jdbc.sql(criteria.with() + """
                SELECT e.id, e.display_name, e.email, d.name AS department, m.display_name AS manager
                FROM people p
                JOIN employee e ON e.id = p.id
                LEFT JOIN department d ON d.id = e.department_id
                LEFT JOIN employee m ON m.id = e.manager_id
                WHERE e.id = :person AND\s""" + criteria.employeeConditions())
                .params(criteria.param("person", employeeId).params())
                .query(Person.class)
                .optional()
                .map(p -> new PersonHistory(p.id(), p.displayName(), p.email(), p.department(), p.manager(),
                        assignments(p.id(), titles, (LocalDate) criteria.params().get("today")),
                        timeline(p.id(), titles), attempts(p.id()), completions(p.id()), certificates(p.id())));
    }

    private List<AssignmentLine> assignments(long person, Map<String, String> titles, LocalDate today) {
        return jdbc.sql("""
                SELECT module_id, state, due_date, completed_at, exempt_reason FROM assignment
                WHERE employee_id = ? ORDER BY due_date, module_id""")
                .param(person)
                .query((rs, n) -> {
                    String state = rs.getString("state");
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    boolean open = "ASSIGNED".equals(state) || "IN_PROGRESS".equals(state);
                    return new AssignmentLine(rs.getString("module_id"),
                            titles.getOrDefault(rs.getString("module_id"), rs.getString("module_id")), state,
                            open && due.isBefore(today), due, instant(rs, "completed_at"),
                            rs.getString("exempt_reason"));
                })
                .list();
    }

    private List<CycleLine> timeline(long person, Map<String, String> titles) {
        return jdbc.sql("""
                SELECT c.module_id, c.reason, c.opened_at, c.rule_id, r.audience_type, r.audience_values, c.due_date,
                       c.outcome, c.ended_at, done.module_version, c.exempt_reason, c.reconstructed
                FROM assignment_cycle c
                LEFT JOIN assignment_rule r ON r.id = c.rule_id
                LEFT JOIN completion done ON done.id = c.completion_id
                WHERE c.employee_id = ? ORDER BY c.opened_at DESC, c.id DESC""")
                .param(person)
                .query((rs, n) -> new CycleLine(rs.getString("module_id"),
                        titles.getOrDefault(rs.getString("module_id"), rs.getString("module_id")),
                        rs.getString("reason"), instant(rs, "opened_at"), rs.getObject("rule_id", Long.class),
                        rs.getString("audience_type"), rs.getString("audience_values") == null ? List.of()
                                : List.of(rs.getString("audience_values").split("\n")).stream()
                                        .filter(v -> !v.isEmpty()).toList(),
                        rs.getObject("due_date", LocalDate.class), rs.getString("outcome"), instant(rs, "ended_at"),
                        rs.getString("module_version"), rs.getString("exempt_reason"), rs.getBoolean("reconstructed")))
                .list();
    }

    private List<AttemptLine> attempts(long person) {
        return jdbc.sql("""
                SELECT module_id, module_title, module_version, attempt_number, state, score_percent, passed,
                       started_at, submitted_at
                FROM quiz_attempt WHERE employee_id = ? ORDER BY started_at DESC, id DESC""")
                .param(person)
                .query((rs, n) -> new AttemptLine(rs.getString("module_id"), rs.getString("module_title"),
                        rs.getString("module_version"), rs.getInt("attempt_number"), rs.getString("state"),
                        rs.getObject("score_percent", Integer.class), rs.getObject("passed", Boolean.class),
                        instant(rs, "started_at"), instant(rs, "submitted_at")))
                .list();
    }

    private List<CompletionLine> completions(long person) {
        return jdbc.sql("""
                SELECT c.module_id, COALESCE(q.module_title, cert.module_title, c.module_id) AS module_title,
                       c.module_version, c.score_percent, c.completed_at, c.expires_at
                FROM completion c
                LEFT JOIN quiz_attempt q ON q.id = c.attempt_id
                LEFT JOIN certificate cert ON cert.completion_id = c.id
                WHERE c.employee_id = ? ORDER BY c.completed_at DESC, c.id DESC""")
                .param(person)
                .query((rs, n) -> new CompletionLine(rs.getString("module_id"), rs.getString("module_title"),
                        rs.getString("module_version"), rs.getObject("score_percent", Integer.class), instant(rs, "completed_at"),
                        instant(rs, "expires_at")))
                .list();
    }

    private List<CertificateLine> certificates(long person) {
        return jdbc.sql("""
                SELECT code, module_id, module_title, issued_at, expires_at FROM certificate
                WHERE employee_id = ? ORDER BY issued_at DESC, id DESC""")
                .param(person)
                .query((rs, n) -> new CertificateLine(rs.getString("code"), rs.getString("module_id"),
                        rs.getString("module_title"), instant(rs, "issued_at"), instant(rs, "expires_at")))
                .list();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
